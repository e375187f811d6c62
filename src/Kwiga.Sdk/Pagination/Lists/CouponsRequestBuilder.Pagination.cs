using Kwiga.Sdk.Models;
using Kwiga.Sdk.Pagination;

namespace Kwiga.Sdk.Coupons;

/// <summary>Auto-pagination of the cabinet's coupons (<c>GET /coupons</c>; a response without <c>meta</c>/<c>links</c> is one page).</summary>
public partial class CouponsRequestBuilder
{
    /// <summary>Every item, page after page, as one <c>await foreach</c>; filters go in <paramref name="query"/>.</summary>
    public IAsyncEnumerable<ExpertCoupon> GetAllAsync(Action<CouponsRequestBuilderGetQueryParameters>? query = null, PageOptions? options = null, CancellationToken cancellationToken = default) =>
        Pager.ItemsAsync(GetPagesAsync(query, options, cancellationToken), cancellationToken);

    /// <summary>The pages, with their <c>meta</c> and <c>links</c>.</summary>
    public IAsyncEnumerable<Page<ExpertCoupon>> GetPagesAsync(Action<CouponsRequestBuilderGetQueryParameters>? query = null, PageOptions? options = null, CancellationToken cancellationToken = default) =>
        Pager.GetPages<CouponsRequestBuilderGetQueryParameters, ExpertCouponPage, ExpertCoupon>(GetAsync, query, options, UrlTemplate, cancellationToken);

    /// <summary>Lets the pager set the page number and size.</summary>
    public partial class CouponsRequestBuilderGetQueryParameters : IPagedQuery;
}
