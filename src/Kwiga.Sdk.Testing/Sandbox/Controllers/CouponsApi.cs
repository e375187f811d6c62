using System.Globalization;
using Kwiga.Sandbox.Contract;
using Kwiga.Sandbox.Data;
using Kwiga.Sandbox.Data.Mapping;
using Kwiga.Sandbox.Data.Records;
using Kwiga.Sandbox.Pagination;
using Kwiga.Sandbox.Validation;
using Microsoft.AspNetCore.Mvc;

namespace Kwiga.Sandbox.Controllers;

/// <summary>
/// The Coupons tag. Seeded codes with a known answer from <c>POST /coupons/check</c>: <c>SANDBOX10</c> (10 %),
/// <c>FIXED5</c> (5 off), <c>USEDUP</c> (limit reached) and <c>EXPIRED</c>.
/// </summary>
internal sealed class CouponsApi(SandboxStore store, IHttpContextAccessor http) : SandboxApi(store, http), ICouponsController
{
    public Task<ActionResult<ExpertCouponPage>> ListCouponsAsync(string? filtersdate_from, string? filtersdate_to, int page, int per_page, Locale? x_Language, CancellationToken cancellationToken = default)
    {
        var validator = new LaravelValidator();
        var request = PageRequest.From(validator, page, per_page);
        var from = validator.Date("filters.date_from", filtersdate_from);
        var to = validator.Date("filters.date_to", filtersdate_to, endOfDay: true);
        validator.ThrowIfInvalid();
        lock (Store.Sync)
        {
            var coupons = Store.Coupons
                .Where(c => (from is null || c.CreatedAt >= from) && (to is null || c.CreatedAt <= to))
                .OrderByDescending(c => c.CreatedAt)
                .ToList();
            var result = Paginator.Paginate(coupons, request, Request);
            return Ok(new ExpertCouponPage { Data = result.Data.Select(c => CouponMapper.ToCoupon(c, Store)).ToList(), Links = result.Links, Meta = result.Meta });
        }
    }

    public Task<ActionResult<ExpertCouponResponse>> CreateCouponAsync(CouponCreateRequest body, Locale? x_Language, CancellationToken cancellationToken = default)
    {
        body ??= new CouponCreateRequest();
        var validator = new LaravelValidator();
        if (body.Type_discount is null)
        {
            validator.Fail("type_discount.id", "The type discount.id field is required.");
        }

        validator.Between("total_uses", body.Total_uses, 0, int.MaxValue);
        validator.Between("total_uses_per_user", body.Total_uses_per_user, 0, int.MaxValue);
        var expires = validator.Date("expires_at", body.Expires_at, endOfDay: true);
        lock (Store.Sync)
        {
            if (body.Timezone is { } zone && Store.Timezones.TrueForAll(t => t.Id != zone.Id))
            {
                validator.Fail("timezone.id", "The selected timezone.id is invalid.");
            }

            if (body.Code is not null && Store.Coupons.Exists(c => string.Equals(c.Code, body.Code, StringComparison.OrdinalIgnoreCase)))
            {
                validator.Fail("code", "The code has already been taken.");
            }

            validator.ThrowIfInvalid();
            var id = Store.NextId();
            var coupon = new CouponRecord
            {
                Id = id,
                Code = body.Code ?? "SB-" + id.ToString(CultureInfo.InvariantCulture),
                Reward = (decimal)(body.Reward ?? 0),
                IsFixed = body.Type_discount!.Id == CouponDiscountType.Discount_with_currency,
                TotalUses = body.Total_uses ?? 0,
                TotalUsesPerUser = body.Total_uses_per_user ?? 1,
                ExpiresAt = expires,
                TimezoneId = body.Timezone?.Id,
                CreatedAt = Now,
                CreatedThroughApi = true,
            };
            Store.Coupons.Add(coupon);
            return Ok(new ExpertCouponResponse { Data = CouponMapper.ToCoupon(coupon, Store) });
        }
    }

    public Task<ActionResult<ExpertCouponResponse>> GetCouponAsync(Locale? x_Language, int coupon, CancellationToken cancellationToken = default)
    {
        lock (Store.Sync)
        {
            return Ok(new ExpertCouponResponse { Data = CouponMapper.ToCoupon(Found(Store.Coupons.Find(c => c.Id == coupon)), Store) });
        }
    }

    public Task<ActionResult<CouponCheckResponse>> CheckCouponAsync(CouponCheckRequest body, Locale? x_Language, CancellationToken cancellationToken = default)
    {
        var validator = new LaravelValidator();
        validator.Required("code", body?.Code);
        validator.ThrowIfInvalid();
        lock (Store.Sync)
        {
            var coupon = Store.Coupons.Find(c => string.Equals(c.Code, body!.Code, StringComparison.OrdinalIgnoreCase));
            if (coupon is null)
            {
                validator.Fail("code", "The selected code is invalid.");
                validator.ThrowIfInvalid();
            }

            var canUse = (coupon!.TotalUses == 0 || coupon.UsedAmount < coupon.TotalUses) && (coupon.ExpiresAt is null || coupon.ExpiresAt > Now);
            double? discount = body!.Price is { } price && canUse ? Discount(coupon, (decimal)price) : null;
            return Ok(new CouponCheckResponse { Data = new CouponCheck { Can_use = canUse, Discount = discount } });
        }
    }

    private static double Discount(CouponRecord coupon, decimal price)
        => (double)Math.Round(coupon.IsFixed ? Math.Min(coupon.Reward, price) : price * coupon.Reward / 100m, 2);
}
