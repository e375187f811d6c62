using Kwiga.Sandbox.Contract;
using Kwiga.Sandbox.Data.Records;

namespace Kwiga.Sandbox.Data.Mapping;

/// <summary>Coupons: the list/get shape, and the richer shape the create endpoint answers with.</summary>
internal static class CouponMapper
{
    public static ExpertCoupon ToCoupon(CouponRecord coupon, SandboxStore store)
    {
        var item = new ExpertCoupon
        {
            Id = coupon.Id,
            Code = coupon.Code,
            Reward = (double)coupon.Reward,
            Is_fixed = coupon.IsFixed,
            Used_amount = coupon.UsedAmount,
            Total_uses = coupon.TotalUses,
            Total_uses_per_user = coupon.TotalUsesPerUser,
            Expires_at = coupon.ExpiresAt,
            Expires_at_utc = coupon.ExpiresAt,
            Timezone_id = coupon.TimezoneId,
            Created_at = coupon.CreatedAt,
            Updated_at = coupon.CreatedAt,
        };

        if (coupon.CreatedThroughApi)
        {
            item.Type_discount = coupon.IsFixed
                ? new CodeNamedValue { Id = "discount_with_currency", Name = "In currency" }
                : new CodeNamedValue { Id = "discount_with_percent", Name = "In % of order/offer value" };
            item.Type_date_expired = coupon.ExpiresAt is null
                ? new CodeNamedValue { Id = "indefinite_action", Name = "Never expires" }
                : new CodeNamedValue { Id = "certain_date", Name = "Until a certain date" };
            item.Type_total_count_used = coupon.TotalUses == 0
                ? new CodeNamedValue { Id = "unlimited", Name = "Unlimited" }
                : new CodeNamedValue { Id = "certain_amount", Name = "A certain amount" };
            item.Type_used_contact_lists = new CodeNamedValue { Id = "all_users", Name = "All users" };
            item.Is_active = true;
            item.Has_infinite_used = coupon.TotalUses == 0;
            item.Has_access_contact_lists = false;
            item.Contact_lists = [];
            item.Type = new CouponType { Id = 4, Title = "Offers" };
        }
        else
        {
            item.Is_disposable = coupon.TotalUses == 1;
            item.User = new UserSimple { Id = 3, Name = "Sandbox Expert", Email = "expert@example.com", Avatar_url = $"{Wire.SchoolUrl}/avatar.png", Hash = "EL9p2ycy4Ypga715", Tag_name = "SandboxExpert" };
        }

        if (coupon.TimezoneId is { } zone && store.Timezones.Find(t => t.Id == zone) is { } timezone)
        {
            item.Timezone = Wire.Timezone(timezone);
        }

        return item;
    }
}
