using Kwiga.Sdk.Models;
using Kwiga.Sdk.Pagination;

namespace Kwiga.Sdk.Products;

/// <summary>Auto-pagination of the cabinet's products (<c>GET /products</c>).</summary>
public partial class ProductsRequestBuilder
{
    /// <summary>Every item, page after page, as one <c>await foreach</c>; filters go in <paramref name="query"/>.</summary>
    public IAsyncEnumerable<Product> GetAllAsync(Action<ProductsRequestBuilderGetQueryParameters>? query = null, PageOptions? options = null, CancellationToken cancellationToken = default) =>
        Pager.ItemsAsync(GetPagesAsync(query, options, cancellationToken), cancellationToken);

    /// <summary>The pages, with their <c>meta</c> and <c>links</c>.</summary>
    public IAsyncEnumerable<Page<Product>> GetPagesAsync(Action<ProductsRequestBuilderGetQueryParameters>? query = null, PageOptions? options = null, CancellationToken cancellationToken = default) =>
        Pager.GetPages<ProductsRequestBuilderGetQueryParameters, ProductPage, Product>(GetAsync, query, options, UrlTemplate, cancellationToken);

    /// <summary>Lets the pager set the page number and size.</summary>
    public partial class ProductsRequestBuilderGetQueryParameters : IPagedQuery;
}
