using Kwiga.Sdk.Models;
using Kwiga.Sdk.Pagination;

namespace Kwiga.Sdk.Offers;

/// <summary>Auto-pagination of the cabinet's offers (<c>GET /offers</c>).</summary>
public partial class OffersRequestBuilder
{
    /// <summary>Every item, page after page, as one <c>await foreach</c>; filters go in <paramref name="query"/>.</summary>
    public IAsyncEnumerable<Offer> GetAllAsync(Action<OffersRequestBuilderGetQueryParameters>? query = null, PageOptions? options = null, CancellationToken cancellationToken = default) =>
        Pager.ItemsAsync(GetPagesAsync(query, options, cancellationToken), cancellationToken);

    /// <summary>The pages, with their <c>meta</c> and <c>links</c>.</summary>
    public IAsyncEnumerable<Page<Offer>> GetPagesAsync(Action<OffersRequestBuilderGetQueryParameters>? query = null, PageOptions? options = null, CancellationToken cancellationToken = default) =>
        Pager.GetPages<OffersRequestBuilderGetQueryParameters, OfferPage, Offer>(GetAsync, query, options, UrlTemplate, cancellationToken);

    /// <summary>Lets the pager set the page number and size.</summary>
    public partial class OffersRequestBuilderGetQueryParameters : IPagedQuery;
}
