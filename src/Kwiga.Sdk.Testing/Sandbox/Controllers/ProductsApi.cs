using Kwiga.Sandbox.Contract;
using Kwiga.Sandbox.Data;
using Kwiga.Sandbox.Data.Mapping;
using Kwiga.Sandbox.Pagination;
using Kwiga.Sandbox.Validation;
using Microsoft.AspNetCore.Mvc;

namespace Kwiga.Sandbox.Controllers;

/// <summary>The Products tag.</summary>
internal sealed class ProductsApi(SandboxStore store, IHttpContextAccessor http) : SandboxApi(store, http), IProductsController
{
    public Task<ActionResult<ProductPage>> ListProductsAsync(SortDirection? sort_by, int per_page, int page, Locale? x_Language, CancellationToken cancellationToken = default)
    {
        var validator = new LaravelValidator();
        var request = PageRequest.From(validator, page, per_page);
        validator.ThrowIfInvalid();
        lock (Store.Sync)
        {
            var products = sort_by == SortDirection.Asc ? Store.Products.OrderBy(p => p.CreatedAt) : Store.Products.OrderByDescending(p => p.CreatedAt);
            var result = Paginator.Paginate(products.ToList(), request, Request);
            return Ok(new ProductPage { Data = result.Data.Select(ProductMapper.ToProduct).ToList(), Links = result.Links, Meta = result.Meta });
        }
    }
}
