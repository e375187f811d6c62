using Kwiga.Sdk.Models;

namespace Kwiga.Sdk.Pagination;

/// <summary>
/// A Laravel list response: <c>data</c>, <c>links</c>, <c>meta</c>. The generated page models
/// (<c>ContactPage</c>, …) have exactly these properties; a one-line partial declares the interface.
/// </summary>
/// <typeparam name="TItem">The item model.</typeparam>
internal interface IPageEnvelope<TItem>
{
    /// <summary>The page's items.</summary>
    List<TItem>? Data { get; }

    /// <summary>Links to the other pages.</summary>
    PaginationLinks? Links { get; }

    /// <summary>The pagination state.</summary>
    PaginationMeta? Meta { get; }
}
