using Kwiga.Sandbox.Contract;
using Kwiga.Sandbox.Data.Records;

namespace Kwiga.Sandbox.Data.Mapping;

/// <summary>Orders as the purchase example shows them (<c>paid_status</c> a string, amounts numbers, a transaction's price a string).</summary>
internal static class OrderMapper
{
    public static Order ToOrder(OrderRecord order, SandboxStore store)
    {
        DateTimeOffset? paidAt = order.IsPaid ? order.CreatedAt : null;
        var offer = store.Offers.Find(o => o.Id == order.OfferId);
        return new Order
        {
            Id = order.Id,
            Type_id = 1,
            First_paid_at = paidAt,
            Paid_at = paidAt,
            Created_at = order.CreatedAt,
            Updated_at = order.CreatedAt,
            Products = order.ProductIds.Select(id => ProductMapper.ToProduct(store.Products.First(p => p.Id == id))).ToList(),
            Payments = [Payment(order, paidAt)],
            Paid_status = order.IsPaid ? "paid" : "not_paid",
            Paid_status_title = order.IsPaid ? "Paid" : "Not paid",
            Cost_info = Wire.Cost(order.Amount),
            Managers = order.ManagerIds.Where(store.Managers.ContainsKey)
                .Select(id => new UserSimple { Id = id, Name = store.Managers[id].Name, Email = store.Managers[id].Email }).ToList(),
            Offers = offer is null ? [] : [OfferMapper.Short(offer)],
        };
    }

    private static Payment Payment(OrderRecord order, DateTimeOffset? paidAt) => new()
    {
        Id = order.PaymentId,
        // The wire sends the status id as a number (2), its label beside it.
        Status = order.IsPaid ? 2 : 1,
        Status_title = order.IsPaid ? "Paid" : "Pending",
        Price_info = Wire.Cost(order.Amount),
        Paid_at = paidAt,
        Created_at = order.CreatedAt,
        Updated_at = order.CreatedAt,
        Transactions = order.IsPaid && order.Amount > 0
            ?
            [
                new Transaction
                {
                    Id = order.PaymentId * 10,
                    Merchant_id = 2,
                    Payment_id = order.PaymentId,
                    Order_id = order.Id,
                    Payment_system_status = "Approved",
                    Price = Wire.Money(order.Amount).Replace(".00", string.Empty, StringComparison.Ordinal),
                    Currency_code = "UAH",
                    Payer_account = "JKNNASWTZ99SJ",
                    Card_mask = "53****2144",
                    // A 12-digit number on the wire, beyond 32 bits.
                    Rrn = 330710000000L + order.Id,
                    Created_at = order.CreatedAt,
                },
            ]
            : [],
    };
}
