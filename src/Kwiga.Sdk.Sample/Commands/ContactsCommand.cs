using System.Globalization;
using Kwiga.Sdk.Models;
using Kwiga.Sdk.Sample.Output;

namespace Kwiga.Sdk.Sample.Commands;

/// <summary><c>kwiga contacts [--all]</c>: every contact of the cabinet, page after page, with a progress line.</summary>
internal sealed class ContactsCommand(bool all) : ICommand
{
    private const int Shown = 10;

    public async Task RunAsync(Session session, CancellationToken cancellationToken)
    {
        var terminal = session.Terminal;
        var contacts = new List<Contact>();
        int? total = null;

        // GetPagesAsync is GetAllAsync a page at a time (the same pager, largest page size, rate limit
        // respected) plus each page's meta: the progress line needs meta.last_page, which items alone lack.
        await foreach (var page in session.Client.Contacts.GetPagesAsync(cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            contacts.AddRange(page.Items);
            total = page.Meta?.Total ?? total;
            var last = page.Meta?.LastPage is int lastPage ? lastPage.ToString(CultureInfo.InvariantCulture) : "?";
            terminal.Progress($"page {page.Number}/{last}, {contacts.Count} contacts");
        }

        terminal.EndProgress();
        var table = new Table("ID", "EMAIL", "NAME", "CREATED");
        foreach (var contact in all ? contacts : contacts.Take(Shown))
        {
            table.Add(
                Text.Number(contact.Id),
                contact.Email ?? "-",
                Text.Or(contact.Name ?? $"{contact.FirstName} {contact.LastName}".Trim()),
                contact.CreatedAt?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-");
        }

        var output = terminal.Out;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{contacts.Count} contacts{(total is int t && t != contacts.Count ? $" (the server counts {t})" : string.Empty)}"));
        if (table.Count > 0)
        {
            table.WriteTo(output);
        }

        if (contacts.Count > table.Count)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"... and {contacts.Count - table.Count} more ({CommandLine.Invocation} contacts --all lists every one)"));
        }
    }
}
