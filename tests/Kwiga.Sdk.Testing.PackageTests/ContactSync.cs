using Kwiga.Sdk;
using Kwiga.Sdk.Models;

namespace Kwiga.Sdk.Testing.PackageTests;

/// <summary>A person from the consumer's own system.</summary>
public sealed record Person(string Email, string? FirstName = null);

/// <summary>What one sync did.</summary>
public sealed record SyncResult(IReadOnlyList<int> Created, IReadOnlyList<int> Existing, IReadOnlyDictionary<string, string> Rejected);

/// <summary>
/// The consumer's routine under test: looks the people up by email (one list request), creates the missing
/// contacts, and tags them all. A person KWIGA refuses (422) is reported and skipped; the others go on.
/// </summary>
public sealed class ContactSync(KwigaClient kwiga)
{
    public async Task<SyncResult> RunAsync(IReadOnlyList<Person> people, string tag, CancellationToken cancellationToken = default)
    {
        var ids = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var emails = people.Select(p => p.Email).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        await foreach (var contact in kwiga.Contacts.GetAllAsync(q => q.Emails = emails, cancellationToken: cancellationToken))
        {
            ids[contact.Email!] = contact.Id!.Value;
        }

        var existing = ids.Values.ToList();
        var created = new List<int>();
        var rejected = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var person in people.Where(p => !ids.ContainsKey(p.Email)))
        {
            try
            {
                var contact = await kwiga.Contacts.PostAsync(new ContactCreateRequest { Email = person.Email, FirstName = person.FirstName }, cancellationToken: cancellationToken);
                ids[person.Email] = contact.Id!.Value;
                created.Add(contact.Id.Value);
            }
            catch (KwigaValidationException e)
            {
                rejected[person.Email] = e.ServerMessage ?? e.Message;
            }
        }

        if (ids.Count > 0)
        {
            await kwiga.Contacts.Tags.PostAsync(new ContactTagsRequest { ContactIds = [.. ids.Values], Tags = [tag] }, cancellationToken: cancellationToken);
        }

        return new SyncResult(created, existing, rejected);
    }
}
