using Kwiga.Sdk.Models;

namespace Kwiga.Sdk;

/// <summary>One page of a KWIGA list: its items and the server's pagination state.</summary>
/// <typeparam name="TItem">The item model.</typeparam>
public sealed class Page<TItem>
{
    /// <summary>Creates a page.</summary>
    public Page(int number, IReadOnlyList<TItem> items, PaginationMeta? meta, PaginationLinks? links)
    {
        Number = number;
        Items = items;
        Meta = meta;
        Links = links;
    }

    /// <summary>The page number requested (1-based).</summary>
    public int Number { get; }

    /// <summary>The page's items (<c>data</c>).</summary>
    public IReadOnlyList<TItem> Items { get; }

    /// <summary>The server's <c>meta</c> (current/last page, totals), or null for a list sent without it.</summary>
    public PaginationMeta? Meta { get; }

    /// <summary>The server's <c>links</c> (first/last/prev/next), or null for a list sent without them.</summary>
    public PaginationLinks? Links { get; }
}
