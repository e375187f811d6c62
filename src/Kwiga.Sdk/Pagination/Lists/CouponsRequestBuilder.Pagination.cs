using Kwiga.Sdk.Models;
using Kwiga.Sdk.Pagination;

namespace Kwiga.Sdk.Coupons;

/// <summary>Auto-pagination of the cabinet's coupons (<c>GET /coupons</c>; a response without <c>meta</c>/<c>links</c> is one page).</summary>
public partial class CouponsRequestBuilder
{
    /// <summary>
    /// Every item of the cabinet's coupons (<c>GET /coupons</c>; a response without <c>meta</c>/<c>links</c> is one page), page after page, as one <c>await foreach</c>. Set filters in
    /// <paramref name="query"/>; the page number and size are the pager's.
    /// </summary>
    public IAsyncEnumerable<ExpertCoupon> GetAllAsync(Action<CouponsRequestBuilder.CouponsRequestBuilderGetQueryParameters>? query = null, PageOptions? options = null, CancellationToken cancellationToken = default) =>
        Pager.ItemsAsync(GetPagesAsync(query, options, cancellationToken), cancellationToken);

    /// <summary>The pages of the cabinet's coupons (<c>GET /coupons</c>; a response without <c>meta</c>/<c>links</c> is one page) with their <c>meta</c> and <c>links</c>.</summary>
    public IAsyncEnumerable<Page<ExpertCoupon>> GetPagesAsync(Action<CouponsRequestBuilder.CouponsRequestBuilderGetQueryParameters>? query = null, PageOptions? options = null, CancellationToken cancellationToken = default) =>
        Pager.PagesAsync(
            async (page, size, token) =>
            {
                var response = await GetAsync(
                    r =>
                    {
                        query?.Invoke(r.QueryParameters);
                        r.QueryParameters.Page = page;
                        r.QueryParameters.PerPage = size;
                    },
                    token).ConfigureAwait(false);
                return new Pager.PageContent<ExpertCoupon>(response?.Data, response?.Meta, response?.Links);
            },
            PageSizes.Choose(options, PageSizes.Undocumented),
            options,
            cancellationToken);
}
