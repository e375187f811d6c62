using Kwiga.Sandbox.Validation;

namespace Kwiga.Sandbox.Pagination;

/// <summary>A validated page number and size.</summary>
/// <param name="Page">From 1.</param>
/// <param name="PerPage">Items per page.</param>
internal readonly record struct PageRequest(int Page, int PerPage)
{
    /// <summary>
    /// Validates the values Laravel would: a size of at least 1 and at most <paramref name="maxPerPage"/>
    /// (when the endpoint documents one), a page of at least 1.
    /// </summary>
    public static PageRequest From(LaravelValidator validator, int? page, int? perPage, int? maxPerPage = null, string perPageField = "per_page")
    {
        ArgumentNullException.ThrowIfNull(validator);
        validator.Between("page", page, 1, int.MaxValue);
        validator.Between(perPageField, perPage, 1, maxPerPage ?? int.MaxValue);
        return new PageRequest(Math.Max(1, page ?? 1), Math.Clamp(perPage ?? 15, 1, maxPerPage ?? int.MaxValue));
    }
}
