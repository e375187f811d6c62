using Kwiga.Sandbox.Contract;
using Kwiga.Sandbox.Data.Records;

namespace Kwiga.Sandbox.Data.Mapping;

/// <summary>Products as lists and orders embed them.</summary>
internal static class ProductMapper
{
    public static Product ToProduct(ProductRecord product) => new()
    {
        Id = product.Id,
        Productable_id = product.ProductableId,
        Productable_type = product.ProductableType,
        Title = product.Title,
        Link = $"{Wire.SchoolUrl}/{(product.ProductableType == "course" ? "courses" : "products")}/{product.Slug}",
    };
}
