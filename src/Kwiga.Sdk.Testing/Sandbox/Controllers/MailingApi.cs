using Kwiga.Sandbox.Contract;
using Kwiga.Sandbox.Data;
using Kwiga.Sandbox.Data.Mapping;
using Kwiga.Sandbox.Data.Records;
using Kwiga.Sandbox.Pagination;
using Kwiga.Sandbox.Validation;
using Microsoft.AspNetCore.Mvc;

namespace Kwiga.Sandbox.Controllers;

/// <summary>The Mailing tag: contact lists, paginated by <c>limit</c> (the docs' curl example's <c>per_page</c> works too).</summary>
internal sealed class MailingApi(SandboxStore store, IHttpContextAccessor http) : SandboxApi(store, http), IMailingController
{
    public Task<ActionResult<ContactListPage>> ListContactListsAsync(int page, int? limit, int? per_page, Locale? x_Language, CancellationToken cancellationToken = default)
    {
        var validator = new LaravelValidator();
        var request = PageRequest.From(validator, page, limit ?? per_page, perPageField: limit is null && per_page is not null ? "per_page" : "limit");
        validator.ThrowIfInvalid();
        lock (Store.Sync)
        {
            var lists = Store.ContactLists.OrderByDescending(l => l.CreatedAt).ThenByDescending(l => l.Id).ToList();
            var result = Paginator.Paginate(lists, request, Request);
            return Ok(new ContactListPage { Data = result.Data.Select(l => ToList(l, withContacts: false)).ToList(), Links = result.Links, Meta = result.Meta });
        }
    }

    public Task<ActionResult<ContactListResponse>> CreateContactListAsync(ContactListCreateRequest body, Locale? x_Language, CancellationToken cancellationToken = default)
    {
        var validator = new LaravelValidator();
        validator.Required("title", body?.Title);
        validator.ThrowIfInvalid();
        lock (Store.Sync)
        {
            var now = Now;
            var list = new ContactListRecord { Id = Store.NextId(), Title = body!.Title, Description = body.Description, CreatedAt = now, UpdatedAt = now };
            Store.ContactLists.Add(list);
            return Ok(new ContactListResponse { Data = ToList(list, withContacts: false) });
        }
    }

    public Task<ActionResult<ContactListResponse>> GetContactListAsync(Locale? x_Language, int list, CancellationToken cancellationToken = default)
    {
        lock (Store.Sync)
        {
            return Ok(new ContactListResponse { Data = ToList(Found(Store.ContactLists.Find(l => l.Id == list)), withContacts: true) });
        }
    }

    public Task<ActionResult<Success>> AddContactsToListsAsync(ContactListBulkContactsRequest body, Locale? x_Language, CancellationToken cancellationToken = default)
    {
        var validator = new LaravelValidator();
        if (body?.Contacts is not { Count: > 0 })
        {
            validator.Fail("contacts", "The contacts field is required.");
        }

        if (body?.Contact_lists is not { Count: > 0 })
        {
            validator.Fail("contact_lists", "The contact lists field is required.");
        }

        lock (Store.Sync)
        {
            var contacts = body?.Contacts ?? [];
            var lists = body?.Contact_lists ?? [];
            for (var i = 0; i < contacts.Count; i++)
            {
                if (Store.FindContact(contacts[i]) is null)
                {
                    validator.Fail($"contacts.{i}", $"The selected contacts.{i} is invalid.");
                }
            }

            for (var i = 0; i < lists.Count; i++)
            {
                if (Store.ContactLists.TrueForAll(l => l.Id != lists[i]))
                {
                    validator.Fail($"contact_lists.{i}", $"The selected contact_lists.{i} is invalid.");
                }
            }

            validator.ThrowIfInvalid();
            foreach (var list in Store.ContactLists.Where(l => lists.Contains(l.Id)))
            {
                list.ContactIds.AddRange(contacts.Distinct().Where(id => !list.ContactIds.Contains(id)));
                list.UpdatedAt = Now;
            }

            return Ok(new Success { Success1 = true });
        }
    }

    private ContactList ToList(ContactListRecord list, bool withContacts)
    {
        var item = new ContactList
        {
            Id = list.Id,
            Title = list.Title,
            Description = list.Description,
            Is_default = list.IsDefault,
            Created_at = list.CreatedAt,
            Updated_at = list.UpdatedAt,
        };
        if (withContacts)
        {
            item.Contacts = list.ContactIds.Select(id => Store.FindContact(id)).OfType<ContactRecord>().Select(ContactMapper.ListMember).ToList();
            item.Statistic = new ContactListStatistic { Contact_list_id = list.Id, Count_contacts = list.ContactIds.Count };
        }

        return item;
    }
}
