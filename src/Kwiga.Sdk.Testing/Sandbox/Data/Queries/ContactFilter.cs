using Kwiga.Sandbox.Data.Records;
using Kwiga.Sandbox.Validation;

namespace Kwiga.Sandbox.Data.Queries;

/// <summary>Validates a <see cref="ContactQuery"/> as Laravel would and selects the matching contacts.</summary>
internal static class ContactFilter
{
    public static List<ContactRecord> Apply(ContactQuery query, IEnumerable<ContactRecord> contacts, LaravelValidator validator)
    {
        var dateFrom = validator.Date("filters.date_from", query.DateFrom);
        var dateTo = validator.Date("filters.date_to", query.DateTo, endOfDay: true);
        var activityFrom = validator.Date("filters.last_activity_from", query.LastActivityFrom);
        var activityTo = validator.Date("filters.last_activity_to", query.LastActivityTo, endOfDay: true);
        validator.Between("filters.is_active", query.IsActive, 0, 1);
        validator.Emails("filters.emails", query.Emails);
        validator.ThrowIfInvalid();

        var search = query.Search?.Trim();
        var emails = query.Emails?.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var selected = contacts.Where(c =>
            (query.IsActive is null || c.IsActive == (query.IsActive == 1))
            && (dateFrom is null || c.CreatedAt >= dateFrom)
            && (dateTo is null || c.CreatedAt <= dateTo)
            && (activityFrom is null || c.LastActivityAt >= activityFrom)
            && (activityTo is null || c.LastActivityAt <= activityTo)
            && (string.IsNullOrEmpty(search) || Matches(c, search))
            && (emails is null || emails.Contains(c.Email))
            && (query.ContactIds is null || query.ContactIds.Contains(c.Id))
            && (query.UserIds is null || c.UserId is { } user && query.UserIds.Contains(user))
            && (query.Offers is null || c.OfferIds.Any(query.Offers.Contains))
            && (query.Products is null || c.ProductIds.Any(query.Products.Contains))
            && query.Utm.All(u => c.Utm.TryGetValue(u.Key, out var values) && values.Contains(u.Value, StringComparer.OrdinalIgnoreCase)));

        return (query.Ascending
            ? selected.OrderBy(c => c.CreatedAt).ThenBy(c => c.Id)
            : selected.OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id)).ToList();
    }

    // "Search by email, phone or full name": a substring of any of them, case-insensitively.
    private static bool Matches(ContactRecord contact, string search)
        => contact.Email.Contains(search, StringComparison.OrdinalIgnoreCase)
            || contact.Phone?.Contains(search, StringComparison.OrdinalIgnoreCase) == true
            || contact.Name?.Contains(search, StringComparison.OrdinalIgnoreCase) == true;
}
