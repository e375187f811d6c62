using Kwiga.Sandbox.Contract;
using Kwiga.Sandbox.Data;
using Kwiga.Sandbox.Data.Mapping;
using Kwiga.Sandbox.Data.Queries;
using Kwiga.Sandbox.Pagination;
using Kwiga.Sandbox.Validation;
using Microsoft.AspNetCore.Mvc;

namespace Kwiga.Sandbox.Controllers;

/// <summary>The Contacts tag: listing and reading contacts (writes and products in the other parts of this class).</summary>
internal sealed partial class ContactsApi(SandboxStore store, IHttpContextAccessor http) : SandboxApi(store, http), IContactsController
{
    public Task<ActionResult<ContactPage>> ListContactsAsync(
        FiltersOfIs_active? filtersis_active, string? filtersdate_from, string? filtersdate_to, string? filterslast_activity_from,
        string? filterslast_activity_to, string? filterssearch, string? filtersutm_source, string? filtersutm_campaign,
        string? filtersutm_medium, string? filtersutm_term, string? filtersutm_content, IEnumerable<int>? filtersoffers,
        IEnumerable<int>? filtersproducts, IEnumerable<string>? filtersemails, IEnumerable<int>? filterscontact_ids,
        IEnumerable<int>? filtersuser_ids, bool? with_orders, bool? with_offers, bool? with_certificates, int page, int per_page,
        SortDirection? sort_by, Locale? x_Language, CancellationToken cancellationToken = default)
    {
        var query = new ContactQuery
        {
            IsActive = filtersis_active is { } active ? (int)active : null,
            DateFrom = filtersdate_from,
            DateTo = filtersdate_to,
            LastActivityFrom = filterslast_activity_from,
            LastActivityTo = filterslast_activity_to,
            Search = filterssearch,
            Offers = Given(filtersoffers),
            Products = Given(filtersproducts),
            Emails = Given(filtersemails),
            ContactIds = Given(filterscontact_ids),
            UserIds = Given(filtersuser_ids),
            WithOrders = with_orders ?? false,
            WithOffers = with_offers ?? false,
            WithCertificates = with_certificates ?? false,
            Page = page,
            PerPage = per_page,
            Ascending = sort_by == SortDirection.Asc,
        };
        string?[] utm = [filtersutm_source, filtersutm_campaign, filtersutm_medium, filtersutm_term, filtersutm_content];
        for (var i = 0; i < ContactQuery.UtmKeys.Length; i++)
        {
            if (utm[i] is { } value)
            {
                query.Utm[ContactQuery.UtmKeys[i]] = value;
            }
        }

        return Ok(List(query, new LaravelValidator()));
    }

    public Task<ActionResult<ContactPage>> QueryContactsAsync(ContactsQuery body, Locale? x_Language, CancellationToken cancellationToken = default)
    {
        var validator = new LaravelValidator();
        var query = ContactQuery.FromQueryString(Query(validator)).Overlay(body);
        return Ok(List(query, validator));
    }

    public Task<ActionResult<ContactResponse>> GetContactAsync(bool? with_certificates, Locale? x_Language, int contact, CancellationToken cancellationToken = default)
    {
        lock (Store.Sync)
        {
            var record = Found(Store.FindContact(contact));
            return Ok(new ContactResponse { Data = ContactMapper.Detail(record, Store, withUtmVisits: true, withCertificates: with_certificates ?? false) });
        }
    }

    private ContactPage List(ContactQuery query, LaravelValidator validator)
    {
        var pageRequest = PageRequest.From(validator, query.Page, query.PerPage);
        lock (Store.Sync)
        {
            var matches = ContactFilter.Apply(query, Store.Contacts, validator);
            var page = Paginator.Paginate(matches, pageRequest, Request);
            return new ContactPage
            {
                Data = page.Data.Select(c => ContactMapper.ListItem(c, Store, query.WithOrders, query.WithOffers, query.WithCertificates)).ToList(),
                Links = page.Links,
                Meta = page.Meta,
            };
        }
    }
}
