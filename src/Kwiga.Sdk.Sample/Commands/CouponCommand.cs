using System.Globalization;
using Kwiga.Sdk.Models;
using Kwiga.Sdk.Sample.Output;

namespace Kwiga.Sdk.Sample.Commands;

/// <summary><c>kwiga coupon [CODE] [PRICE]</c>: whether a coupon can be used, and its discount on a price.</summary>
internal sealed class CouponCommand(string? code, decimal? price) : ICommand
{
    /// <summary>A seeded sandbox coupon: 10 % off, unlimited uses.</summary>
    public const string SandboxCode = "SANDBOX10";
    private const decimal DefaultPrice = 100m;

    public async Task RunAsync(Session session, CancellationToken cancellationToken)
    {
        var coupon = code ?? (session.IsSandbox ? SandboxCode : throw new UsageException($"give a coupon code: {CommandLine.Invocation} coupon CODE [PRICE]."));
        var amount = price ?? DefaultPrice;
        CouponCheck check = await session.Client.Coupons.Check.PostAsync(
            new CouponCheckRequest { Code = coupon, Price = (double)amount },
            cancellationToken: cancellationToken).ConfigureAwait(false);

        var output = session.Terminal.Out;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Coupon {coupon} on a price of {amount:0.00}:"));
        output.WriteLine($"  can_use   {Text.YesNo(check.CanUse)}");
        if (check.Discount is double discount)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  discount  {discount:0.00} (price after discount {amount - (decimal)discount:0.00})"));
        }
        else
        {
            output.WriteLine("  discount  none");
        }
    }
}
