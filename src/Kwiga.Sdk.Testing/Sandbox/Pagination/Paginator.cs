using Kwiga.Sandbox.Contract;

namespace Kwiga.Sandbox.Pagination;

/// <summary>
/// Laravel's <c>LengthAwarePaginator</c> as an API resource collection renders it: <c>links</c>
/// (first/last/prev/next) and <c>meta</c> (current_page, from, last_page, links, path, per_page, to, total).
/// Page URLs are the request's URL with its query string kept and <c>page</c> replaced
/// (<c>withQueryString()</c>), brackets percent-encoded as PHP's <c>http_build_query</c> does.
/// </summary>
internal static class Paginator
{
    /// <summary>One page of <paramref name="items"/> with its links and meta.</summary>
    public static Page<T> Paginate<T>(IReadOnlyList<T> items, PageRequest request, HttpRequest http)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(http);
        var total = items.Count;
        var lastPage = Math.Max(1, (int)Math.Ceiling(total / (double)request.PerPage));
        var skip = (long)(request.Page - 1) * request.PerPage;
        var data = skip >= total ? [] : items.Skip((int)skip).Take(request.PerPage).ToList();
        var path = $"{http.Scheme}://{http.Host}{http.PathBase}{http.Path}";
        var query = http.Query
            .Where(q => q.Key != "page")
            .SelectMany(q => q.Value.Select(v => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(v ?? string.Empty)}"))
            .ToList();
        string Url(int page) => $"{path}?{string.Join('&', query.Append($"page={page}"))}";

        var links = new PaginationLinks
        {
            First = Url(1),
            Last = Url(lastPage),
            Prev = request.Page > 1 ? Url(request.Page - 1) : null,
            Next = request.Page < lastPage ? Url(request.Page + 1) : null,
        };
        var meta = new PaginationMeta
        {
            Current_page = request.Page,
            From = data.Count == 0 ? null : (int)skip + 1,
            Last_page = lastPage,
            Links = MetaLinks(request.Page, lastPage, links, Url),
            Path = path,
            Per_page = request.PerPage,
            To = data.Count == 0 ? null : (int)skip + data.Count,
            Total = total,
        };
        return new Page<T>(data, links, meta);
    }

    // Laravel's UrlWindow (3 pages on each side of the current one, 2 at each end, "..." between).
    private static List<PaginationMetaLink> MetaLinks(int current, int last, PaginationLinks links, Func<int, string> url)
    {
        var result = new List<PaginationMetaLink> { new() { Url = links.Prev, Label = "&laquo; Previous", Active = false } };
        foreach (var page in Window(current, last))
        {
            result.Add(page is null
                ? new PaginationMetaLink { Url = null, Label = "...", Active = false }
                : new PaginationMetaLink { Url = url(page.Value), Label = page.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), Active = page == current });
        }

        result.Add(new PaginationMetaLink { Url = links.Next, Label = "Next &raquo;", Active = false });
        return result;
    }

    private static IEnumerable<int?> Window(int current, int last)
    {
        const int onEachSide = 3;
        const int window = onEachSide * 2;
        IEnumerable<int> Range(int from, int to) => Enumerable.Range(from, Math.Max(0, to - from + 1));
        IEnumerable<int?> Join(params IEnumerable<int>[] parts) => parts.SelectMany((p, i) => i == 0 ? p.Select(x => (int?)x) : p.Select(x => (int?)x).Prepend(null));

        if (last < window + 6)
        {
            return Join(Range(1, last));
        }

        if (current <= window)
        {
            return Join(Range(1, window + onEachSide), Range(last - 1, last));
        }

        if (current > last - window)
        {
            return Join(Range(1, 2), Range(last - (window + (onEachSide - 1)), last));
        }

        return Join(Range(1, 2), Range(current - onEachSide, current + onEachSide), Range(last - 1, last));
    }
}
