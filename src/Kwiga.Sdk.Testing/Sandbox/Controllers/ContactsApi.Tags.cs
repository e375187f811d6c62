using System.Globalization;
using Kwiga.Sandbox.Contract;
using Kwiga.Sandbox.Validation;
using Microsoft.AspNetCore.Mvc;
using Newtonsoft.Json.Linq;

namespace Kwiga.Sandbox.Controllers;

/// <summary>The Contacts tag: adding and removing tags in bulk.</summary>
internal sealed partial class ContactsApi
{
    public Task<ActionResult<Success>> AddContactTagsAsync(ContactTagsRequest body, Locale? x_Language, CancellationToken cancellationToken = default)
        => ChangeTags(body, add: true);

    public Task<ActionResult<Success>> RemoveContactTagsAsync(ContactTagsRequest body, Locale? x_Language, CancellationToken cancellationToken = default)
        => ChangeTags(body, add: false);

    private Task<ActionResult<Success>> ChangeTags(ContactTagsRequest? body, bool add)
    {
        var validator = new LaravelValidator();
        var ids = ContactIds(body, validator);
        if (body?.Tags is not { Count: > 0 })
        {
            validator.Fail("tags", "The tags field is required.");
        }

        lock (Store.Sync)
        {
            for (var i = 0; i < ids.Count; i++)
            {
                if (Store.FindContact(ids[i]) is null)
                {
                    validator.Fail($"contact_ids.{i}", $"The selected contact_ids.{i} is invalid.");
                }
            }

            validator.ThrowIfInvalid();
            foreach (var contact in ids.Select(id => Store.FindContact(id)!))
            {
                foreach (var tag in body!.Tags)
                {
                    var tagId = Store.TagId(tag);
                    if (add && !contact.TagIds.Contains(tagId))
                    {
                        contact.TagIds.Add(tagId);
                    }
                    else if (!add)
                    {
                        contact.TagIds.Remove(tagId);
                    }
                }

                contact.UpdatedAt = Now;
            }
        }

        return Ok(new Success { Success1 = true });
    }

    // contact_ids is an array or a comma-separated string on the wire; `contacts` is its legacy name.
    private static List<int> ContactIds(ContactTagsRequest? body, LaravelValidator validator)
    {
        IEnumerable<string> raw = body?.Contact_ids switch
        {
            JArray array => array.Select(t => t.ToString()),
            string text => text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
#pragma warning disable CS0612 // `contacts` is deprecated in the contract, and still accepted, as by KWIGA.
            null => body?.Contacts?.Select(i => i.ToString(CultureInfo.InvariantCulture)) ?? [],
#pragma warning restore CS0612
            var single => [Convert.ToString(single, CultureInfo.InvariantCulture) ?? string.Empty],
        };
        var ids = new List<int>();
        foreach (var item in raw)
        {
            if (int.TryParse(item, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id))
            {
                ids.Add(id);
            }
            else
            {
                validator.Fail($"contact_ids.{ids.Count}", $"The contact_ids.{ids.Count} field must be an integer.");
            }
        }

        if (ids.Count == 0 && validator.IsValid)
        {
            validator.Fail("contact_ids", "The contact ids field is required.");
        }

        return ids;
    }
}
