using Kwiga.Sandbox.Contract;

namespace Kwiga.Sandbox.Pagination;

/// <summary>One page of items with the envelope's <c>links</c> and <c>meta</c>.</summary>
internal sealed record Page<T>(List<T> Data, PaginationLinks Links, PaginationMeta Meta);
