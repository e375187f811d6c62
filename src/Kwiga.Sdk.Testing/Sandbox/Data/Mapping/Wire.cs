using System.Globalization;
using Kwiga.Sandbox.Contract;

namespace Kwiga.Sandbox.Data.Mapping;

/// <summary>Values as the real server writes them (the contract's examples are the templates).</summary>
internal static class Wire
{
    /// <summary>The cabinet's public site, for <c>link</c> and <c>url</c> fields.</summary>
    public const string SchoolUrl = "https://sandbox-school.kwiga.test";

    public static Currency Usd() => new() { Id = 5, Code = "USD", Html_code = "$", Html_letter_code = "usd", Is_volatile = false };

    public static Currency Uah() => new() { Id = 147, Code = "UAH", Html_code = "₴", Html_letter_code = "грн" };

    /// <summary><c>10.00</c>, as PHP's number_format writes an amount.</summary>
    public static string Money(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>
    /// An offer price. <paramref name="asString"/>: the <c>price</c> amount arrives as a string (<c>"10.00"</c>),
    /// the <c>price_discounted</c> amount as a number (<c>5</c>) — both as in the docs' offers example.
    /// </summary>
    public static Price OfferPrice(decimal amount, bool asString) => new()
    {
        Amount = asString ? Money(amount) : Number(amount),
        Amount_rounded = Money(amount),
        Amount_formatted = $"{Money(amount)} usd",
        Amount_formatted_code = $"${Money(amount)}",
        Amount_formatted_code_short = $"${Money(amount)}",
        Currency = Usd(),
    };

    /// <summary>An order or payment amount: <c>{amount, currency}</c> only, the amount a number.</summary>
    public static Price Cost(decimal amount) => new() { Amount = Number(amount), Currency = Uah() };

    /// <summary>An integral amount as an integer (<c>5</c>), otherwise as a decimal (<c>49.99</c>).</summary>
    public static object Number(decimal amount) => decimal.Truncate(amount) == amount ? (object)(long)amount : amount;

    public static Timezone Timezone(Records.TimezoneRecord record) => new()
    {
        Id = record.Id,
        Name = record.Name,
        Name_full = $"{record.Name} ({record.Offset})",
        Value = record.Offset,
    };

    /// <summary>The subscription state enum payload (<c>{id, name, title}</c>).</summary>
    public static Kwiga.Sandbox.Contract.Enum State(bool open)
        => open ? new() { Id = 2, Name = "Open", Title = "Open" } : new() { Id = 3, Name = "Closed", Title = "Closed" };
}
