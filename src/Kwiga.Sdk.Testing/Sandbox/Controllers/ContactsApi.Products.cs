using Kwiga.Sandbox.Contract;
using Kwiga.Sandbox.Data.Mapping;
using Kwiga.Sandbox.Data.Records;
using Kwiga.Sandbox.Validation;
using Microsoft.AspNetCore.Mvc;

namespace Kwiga.Sandbox.Controllers;

/// <summary>The Contacts tag: a contact's products and their removal.</summary>
internal sealed partial class ContactsApi
{
    public Task<ActionResult<UserProductList>> ListContactProductsAsync(Locale? x_Language, int contact, CancellationToken cancellationToken = default)
    {
        lock (Store.Sync)
        {
            var record = Found(Store.FindContact(contact));
            var products = record.ProductIds.Select(id => UserProduct(record, Store.Products.First(p => p.Id == id))).ToList();
            return Ok(new UserProductList { Data = products });
        }
    }

    public Task<ActionResult<Success>> RemoveContactProductAsync(Locale? x_Language, int contact, int product, CancellationToken cancellationToken = default)
    {
        lock (Store.Sync)
        {
            var record = Found(Store.FindContact(contact));
            Found(Store.Products.Find(p => p.Id == product));
            record.RemovedProductIds.Add(product);
            return Ok(new Success { Success1 = true });
        }
    }

    public Task<ActionResult<AffectedSubscriptionsResponse>> RemoveContactProductsAsync(ContactProductsRemoveRequest body, Locale? x_Language, CancellationToken cancellationToken = default)
    {
        body ??= new ContactProductsRemoveRequest();
        var validator = new LaravelValidator();
        if (body.Email is null && body.Contact_id is null)
        {
            validator.Fail("email", "The email field is required when contact id is not present.");
        }

        if (body.Product_id is null && body.Offers is not { Count: > 0 })
        {
            validator.Fail("product_id", "The product id field is required when offers is not present.");
        }

        validator.Email("email", body.Email);
        lock (Store.Sync)
        {
            var contact = body.Contact_id is { } id ? Store.FindContact(id) : body.Email is { } email ? Store.FindContact(email) : null;
            if (contact is null && validator.IsValid)
            {
                validator.Fail(body.Contact_id is null ? "email" : "contact_id", body.Contact_id is null ? "The selected email is invalid." : "The selected contact id is invalid.");
            }

            validator.ThrowIfInvalid();
            var byOffers = new Dictionary<string, AffectedSubscriptionsEntry>();
            foreach (var offerId in body.Offers ?? [])
            {
                byOffers[offerId.ToString(System.Globalization.CultureInfo.InvariantCulture)] = Affected(contact!, o => o.OfferId == offerId, _ => true);
            }

            var byProducts = new Dictionary<string, AffectedSubscriptionsEntry>();
            if (body.Product_id is { } productId)
            {
                byProducts[productId.ToString(System.Globalization.CultureInfo.InvariantCulture)] = Affected(contact!, o => body.Offers is null || body.Offers.Contains(o.OfferId ?? 0), p => p == productId);
                contact!.RemovedProductIds.Add(productId);
            }

            var all = byOffers.Values.Concat(byProducts.Values).ToList();
            return Ok(new AffectedSubscriptionsResponse
            {
                Data = new AffectedSubscriptions
                {
                    Affected_subscriptions = all.SelectMany(e => e.Affected_subscriptions!).Distinct().ToList(),
                    Affected_orders = all.SelectMany(e => e.Affected_orders!).Distinct().ToList(),
                    // PHP sends an empty map as [], as the docs' example shows.
                    Affected_by_offers = byOffers.Count == 0 ? Array.Empty<object>() : byOffers,
                    Affected_by_products = byProducts.Count == 0 ? Array.Empty<object>() : byProducts,
                },
                Contact_id = contact!.Id,
            });
        }
    }

    private static AffectedSubscriptionsEntry Affected(ContactRecord contact, Func<OrderRecord, bool> order, Func<int, bool> product)
    {
        var hits = contact.Orders.Where(order)
            .SelectMany(o => o.SubscriptionIds.Where(s => product(s.Key)).Select(s => (Order: o.Id, Subscription: s.Value)))
            .ToList();
        return new AffectedSubscriptionsEntry
        {
            Affected_subscriptions = hits.Select(h => h.Subscription).ToList(),
            Affected_orders = hits.Select(h => h.Order).Distinct().ToList(),
        };
    }

    private UserProduct UserProduct(ContactRecord contact, ProductRecord product)
    {
        var orders = contact.Orders.Where(o => o.ProductIds.Contains(product.Id)).ToList();
        var start = orders.Min(o => o.CreatedAt);
        return new UserProduct
        {
            Id = product.Id,
            Productable_id = product.ProductableId,
            Productable_type = product.ProductableType,
            Title = product.Title,
            Image_url = string.Empty,
            Is_published = true,
            Aggregated_subscription = new ProductAggregatedSubscription
            {
                Is_active = true,
                Is_paid = orders.Exists(o => o.IsPaid),
                Start_at = start,
                Count_available_days = (int)(Now - start).TotalDays,
                State = Wire.State(open: true),
            },
            Subscriptions = orders.Select(o => new ProductSubscription
            {
                Id = o.SubscriptionIds.GetValueOrDefault(product.Id),
                Creator_id = contact.UserId,
                User_id = contact.UserId ?? 0,
                Product_id = product.Id,
                Order_id = o.Id,
                Offer_id = o.OfferId,
                Is_active = true,
                Start_at = o.CreatedAt,
                Paid_at = o.IsPaid ? o.CreatedAt : null,
                Created_at = o.CreatedAt,
                Updated_at = o.CreatedAt,
            }).ToList(),
        };
    }
}
