using Kwiga.Sandbox.Binding;
using Kwiga.Sandbox.Contract;

namespace Kwiga.Sandbox.Data.Queries;

/// <summary>The parameters of <c>GET /contacts</c> and its POST alias, however they arrived.</summary>
internal sealed class ContactQuery
{
    public int? IsActive { get; set; }

    public string? DateFrom { get; set; }

    public string? DateTo { get; set; }

    public string? LastActivityFrom { get; set; }

    public string? LastActivityTo { get; set; }

    public string? Search { get; set; }

    /// <summary><c>utm_source</c> etc. → value.</summary>
    public Dictionary<string, string> Utm { get; } = new(StringComparer.Ordinal);

    public List<int>? Offers { get; set; }

    public List<int>? Products { get; set; }

    public List<string>? Emails { get; set; }

    public List<int>? ContactIds { get; set; }

    public List<int>? UserIds { get; set; }

    public bool WithOrders { get; set; }

    public bool WithOffers { get; set; }

    public bool WithCertificates { get; set; }

    public int? Page { get; set; }

    public int? PerPage { get; set; }

    /// <summary><c>asc</c> or <c>desc</c> (default) by creation.</summary>
    public bool Ascending { get; set; }

    public static readonly string[] UtmKeys = ["utm_source", "utm_campaign", "utm_medium", "utm_term", "utm_content"];

    /// <summary>The query-string part of a POST alias request, by the GET's parameter names.</summary>
    public static ContactQuery FromQueryString(RawQuery query)
    {
        var result = new ContactQuery
        {
            IsActive = query.Int("filters[is_active]"),
            DateFrom = query.String("filters[date_from]"),
            DateTo = query.String("filters[date_to]"),
            LastActivityFrom = query.String("filters[last_activity_from]"),
            LastActivityTo = query.String("filters[last_activity_to]"),
            Search = query.String("filters[search]"),
            Offers = query.Ints("filters[offers][]"),
            Products = query.Ints("filters[products][]"),
            Emails = query.Strings("filters[emails][]"),
            ContactIds = query.Ints("filters[contact_ids][]"),
            UserIds = query.Ints("filters[user_ids][]"),
            WithOrders = query.Bool("with_orders") ?? false,
            WithOffers = query.Bool("with_offers") ?? false,
            WithCertificates = query.Bool("with_certificates") ?? false,
            Page = query.Int("page"),
            PerPage = query.Int("per_page"),
            Ascending = string.Equals(query.String("sort_by"), "asc", StringComparison.Ordinal),
        };
        foreach (var key in UtmKeys)
        {
            if (query.String($"filters[{key}]") is { } value)
            {
                result.Utm[key] = value;
            }
        }

        return result;
    }

    /// <summary>Lays the JSON body of <c>POST /contacts/query</c> over this query: every field the body has wins.</summary>
    public ContactQuery Overlay(ContactsQuery? body)
    {
        if (body is null)
        {
            return this;
        }

        var filters = body.Filters;
        if (filters is not null)
        {
            IsActive = filters.Is_active is { } active ? (int)active : IsActive;
            DateFrom = filters.Date_from ?? DateFrom;
            DateTo = filters.Date_to ?? DateTo;
            LastActivityFrom = filters.Last_activity_from ?? LastActivityFrom;
            LastActivityTo = filters.Last_activity_to ?? LastActivityTo;
            Search = filters.Search ?? Search;
            Offers = filters.Offers ?? Offers;
            Products = filters.Products ?? Products;
            Emails = filters.Emails ?? Emails;
            ContactIds = filters.Contact_ids ?? ContactIds;
            UserIds = filters.User_ids ?? UserIds;
            string?[] utm = [filters.Utm_source, filters.Utm_campaign, filters.Utm_medium, filters.Utm_term, filters.Utm_content];
            for (var i = 0; i < UtmKeys.Length; i++)
            {
                if (utm[i] is { } value)
                {
                    Utm[UtmKeys[i]] = value;
                }
            }
        }

        WithOrders = body.With_orders ?? WithOrders;
        WithOffers = body.With_offers ?? WithOffers;
        WithCertificates = body.With_certificates ?? WithCertificates;
        Page = body.Page ?? Page;
        PerPage = body.Per_page ?? PerPage;
        Ascending = body.Sort_by is { } sort ? sort == SortDirection.Asc : Ascending;
        return this;
    }
}
