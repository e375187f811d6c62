using Kwiga.Sdk.Models;
using Kwiga.Sdk.Pagination;

namespace Kwiga.Sdk.Products;

/// <summary>Auto-pagination of the cabinet's products (<c>GET /products</c>).</summary>
public partial class ProductsRequestBuilder
{
    /// <summary>
    /// Every item of the cabinet's products (<c>GET /products</c>), page after page, as one <c>await foreach</c>. Set filters in
    /// <paramref name="query"/>; the page number and size are the pager's.
    /// </summary>
    public IAsyncEnumerable<Product> GetAllAsync(Action<ProductsRequestBuilder.ProductsRequestBuilderGetQueryParameters>? query = null, PageOptions? options = null, CancellationToken cancellationToken = default) =>
        Pager.ItemsAsync(GetPagesAsync(query, options, cancellationToken), cancellationToken);

    /// <summary>The pages of the cabinet's products (<c>GET /products</c>) with their <c>meta</c> and <c>links</c>.</summary>
    public IAsyncEnumerable<Page<Product>> GetPagesAsync(Action<ProductsRequestBuilder.ProductsRequestBuilderGetQueryParameters>? query = null, PageOptions? options = null, CancellationToken cancellationToken = default) =>
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
                return new Pager.PageContent<Product>(response?.Data, response?.Meta, response?.Links);
            },
            PageSizes.Choose(options, PageSizes.Undocumented),
            options,
            cancellationToken);
}
