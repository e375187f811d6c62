using System.Globalization;
using Kwiga.Sandbox.Data.Records;

namespace Kwiga.Sandbox.Data.Seed;

/// <summary>CRM contacts with tags, UTM data, custom fields and orders of the seeded offers.</summary>
internal static class ContactSeed
{
    public static void Seed(SandboxStore store, Random random, DateTimeOffset origin, int count, int courseUserCount)
    {
        for (var i = 0; i < SeedNames.Tags.Length; i++)
        {
            store.Tags[90 + i] = SeedNames.Tags[i];
        }

        var orderId = 1000;
        for (var id = 1; id <= count; id++)
        {
            var first = SeedNames.FirstNames[random.Next(SeedNames.FirstNames.Length)];
            var last = SeedNames.LastNames[random.Next(SeedNames.LastNames.Length)];
            var domain = SeedNames.Domains[random.Next(SeedNames.Domains.Length)];
            // Contacts are created 17 hours apart, so the newest is the origin and dates filter predictably.
            var created = origin.AddHours(-17 * (count - id));
            var contact = new ContactRecord
            {
                Id = id,
                UserId = id <= courseUserCount || random.Next(2) == 0 ? 1000 + id : null,
                Email = $"{first.ToLowerInvariant()}.{last.ToLowerInvariant()}{id}@{domain}",
                FirstName = first,
                LastName = last,
                PhoneCode = random.Next(10) < 8 ? "380" : null,
                IsActive = random.Next(10) != 0,
                CreatedAt = created,
                UpdatedAt = created.AddDays(random.Next(30)),
                LastActivityAt = random.Next(10) < 6 ? created.AddDays(random.Next(1, 90)) : null,
            };
            if (contact.PhoneCode is not null)
            {
                contact.PhoneNumber = "9" + (31000000 + id * 7919 % 8999999).ToString(CultureInfo.InvariantCulture);
            }

            foreach (var tag in store.Tags.Keys.Where(_ => random.Next(5) == 0))
            {
                contact.TagIds.Add(tag);
            }

            if (random.Next(3) == 0)
            {
                contact.Utm["utm_source"] = [SeedNames.UtmSources[random.Next(SeedNames.UtmSources.Length)]];
                contact.Utm["utm_campaign"] = random.Next(2) == 0 ? [SeedNames.UtmCampaigns[random.Next(SeedNames.UtmCampaigns.Length)]] : [];
                contact.Utm["utm_medium"] = random.Next(2) == 0 ? ["cpc"] : [];
                contact.Utm["utm_term"] = [];
                contact.Utm["utm_content"] = [];
            }

            if (random.Next(4) == 0)
            {
                contact.AdditionalFields[17] = $"{last} LLC";
            }

            var orders = random.Next(100) < 45 ? random.Next(1, 3) : 0;
            for (var o = 0; o < orders; o++)
            {
                var offer = store.Offers[random.Next(store.Offers.Count)];
                orderId++;
                contact.Orders.Add(new OrderRecord
                {
                    Id = orderId,
                    OfferId = offer.Id,
                    ProductIds = [.. offer.ProductIds],
                    Amount = offer.DiscountedPrice ?? offer.Price,
                    IsPaid = random.Next(10) < 8,
                    CreatedAt = created.AddDays(random.Next(1, 60)),
                    ManagerIds = random.Next(3) == 0 ? [264] : [],
                    PaymentId = 4000 + orderId,
                    SubscriptionIds = offer.ProductIds.ToDictionary(p => p, p => orderId * 10 + p % 10),
                });
            }

            store.Contacts.Add(contact);
        }
    }
}
