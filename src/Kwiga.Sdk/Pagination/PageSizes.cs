using Kwiga.Sdk.Client;
using Microsoft.Kiota.Abstractions;

namespace Kwiga.Sdk.Pagination;

/// <summary>The page size an enumeration asks for: the caller's, within the list's documented maximum (from the contract).</summary>
internal static class PageSizes
{
    /// <summary>Lists with no documented maximum: large enough to save requests, small enough for any Laravel default cap.</summary>
    public const int Undocumented = 100;

    /// <summary>
    /// The size for the list at <paramref name="urlTemplate"/> (<paramref name="method"/>), whose page size
    /// goes in <paramref name="sizeParameter"/>; checked now, before anything is sent.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The caller's size is above the documented maximum.</exception>
    public static int Choose(PageOptions? options, string urlTemplate, Method method, string sizeParameter)
    {
        var facts = ContractFacts.For(urlTemplate, method);
        var maximum = facts?.Bound(sizeParameter)?.Maximum is { } max ? (int)max : (int?)null;
        var size = options?.PageSize ?? maximum ?? Undocumented;
        if (maximum is int limit && size > limit)
        {
            throw new ArgumentOutOfRangeException(nameof(PageOptions.PageSize), size, $"{facts!.Operation} documents {sizeParameter} at most {limit}; PageSize {size} would be refused.");
        }

        return size;
    }
}
