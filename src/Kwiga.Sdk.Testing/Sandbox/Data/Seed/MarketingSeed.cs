using System.Globalization;
using Kwiga.Sandbox.Data.Records;

namespace Kwiga.Sandbox.Data.Seed;

/// <summary>Coupons, mailing contact lists and certificates.</summary>
internal static class MarketingSeed
{
    /// <summary>Coupon codes with a known behaviour, for tests and examples.</summary>
    public static readonly (string Code, decimal Reward, bool IsFixed, int TotalUses, int Used, bool Expired)[] KnownCoupons =
    [
        ("SANDBOX10", 10m, false, 0, 3, false),
        ("FIXED5", 5m, true, 100, 10, false),
        ("USEDUP", 20m, false, 1, 1, false),
        ("EXPIRED", 15m, false, 0, 0, true),
    ];

    public static void Seed(SandboxStore store, Random random, DateTimeOffset origin)
    {
        var id = 0;
        foreach (var known in KnownCoupons)
        {
            id++;
            store.Coupons.Add(new CouponRecord
            {
                Id = id, Code = known.Code, Reward = known.Reward, IsFixed = known.IsFixed, TotalUses = known.TotalUses,
                UsedAmount = known.Used, TotalUsesPerUser = 1, CreatedAt = origin.AddDays(-400 + id),
                ExpiresAt = known.Expired ? origin.AddDays(-30) : null, TimezoneId = known.Expired ? 371 : null,
            });
        }

        // One coupon every nine days over a year, so date filters cut the list in predictable places.
        for (var n = 0; n < 36; n++)
        {
            id++;
            store.Coupons.Add(new CouponRecord
            {
                Id = id, Code = "KWIGA-" + (1000 + id).ToString(CultureInfo.InvariantCulture), Reward = 5 * random.Next(1, 11),
                IsFixed = random.Next(3) == 0, TotalUses = 10 * random.Next(0, 4), UsedAmount = 0, TotalUsesPerUser = 1,
                CreatedAt = origin.AddDays(-360 + n * 9),
            });
        }

        var lists = new[] { ("My first list", "Created automatically with your contact inside.", true), ("Example 2", "Description", false), ("Webinar", null, false) };
        for (var i = 0; i < lists.Length; i++)
        {
            var list = new ContactListRecord
            {
                Id = i + 1, Title = lists[i].Item1, Description = lists[i].Item2, IsDefault = lists[i].Item3,
                CreatedAt = origin.AddDays(-380 + i), UpdatedAt = origin.AddDays(-380 + i),
            };
            list.ContactIds.AddRange(i switch { 0 => [1], 1 => Enumerable.Range(2, 29), _ => Enumerable.Range(31, 30) });
            store.ContactLists.Add(list);
        }

        var course = store.Courses[0];
        foreach (var contact in store.Contacts.Take(5))
        {
            var issued = contact.CreatedAt.AddDays(45);
            store.Certificates.Add(new CertificateRecord(
                Id: 50 + contact.Id,
                Uuid: new Guid(contact.Id, 0x1986, 0x4000, [0x80, 0, 0, 0, 0, 0, 0, (byte)contact.Id]).ToString(),
                Number: $"1986-{contact.Id:0000}",
                UserId: contact.UserId ?? 1000 + contact.Id,
                UserName: contact.Name ?? contact.Email,
                UserEmail: contact.Email,
                CourseTitle: course.Title,
                Points: 100 + contact.Id * 5,
                IssuedAt: issued));
        }
    }
}
