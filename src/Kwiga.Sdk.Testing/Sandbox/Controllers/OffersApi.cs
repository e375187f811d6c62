using Kwiga.Sandbox.Contract;
using Kwiga.Sandbox.Data;
using Kwiga.Sandbox.Data.Mapping;
using Kwiga.Sandbox.Pagination;
using Kwiga.Sandbox.Validation;
using Microsoft.AspNetCore.Mvc;

namespace Kwiga.Sandbox.Controllers;

/// <summary>The Offers tag: the list (filtered by product and search) and one offer with its purchase counts.</summary>
internal sealed class OffersApi(SandboxStore store, IHttpContextAccessor http) : SandboxApi(store, http), IOffersController
{
    public Task<ActionResult<OfferPage>> ListOffersAsync(int page, int per_page, int? product_id, string? filterssearch, Locale? x_Language, CancellationToken cancellationToken = default)
    {
        var validator = new LaravelValidator();
        var request = PageRequest.From(validator, page, per_page);
        validator.ThrowIfInvalid();
        lock (Store.Sync)
        {
            var offers = Store.Offers
                .Where(o => product_id is null || o.ProductIds.Contains(product_id.Value))
                .Where(o => string.IsNullOrWhiteSpace(filterssearch) || o.Title.Contains(filterssearch.Trim(), StringComparison.OrdinalIgnoreCase))
                .OrderByDescending(o => o.CreatedAt)
                .ToList();
            var result = Paginator.Paginate(offers, request, Request);
            return Ok(new OfferPage { Data = result.Data.Select(o => OfferMapper.Full(o, Store)).ToList(), Links = result.Links, Meta = result.Meta });
        }
    }

    public Task<ActionResult<OfferResponse>> GetOfferAsync(Locale? x_Language, int offer, CancellationToken cancellationToken = default)
    {
        lock (Store.Sync)
        {
            var record = Found(Store.Offers.Find(o => o.Id == offer));
            var item = OfferMapper.Full(record, Store);
            var purchases = Store.Contacts.Sum(c => c.Orders.Count(o => o.OfferId == record.Id));
            item.Purchases_count = purchases;
            item.Sales_left = record.LimitOfSales is { } limit ? Math.Max(0, limit - purchases) : null;
            return Ok(new OfferResponse { Data = item });
        }
    }
}
