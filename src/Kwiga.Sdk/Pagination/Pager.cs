using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Kwiga.Sdk.Client;
using Kwiga.Sdk.Models;
using Kwiga.Sdk.Observability;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;

namespace Kwiga.Sdk.Pagination;

/// <summary>
/// The one pagination loop every list shares. It follows <c>meta.current_page</c>/<c>last_page</c>
/// (or <c>links.next</c> when there is no meta), stops on an empty page, treats a list sent without
/// an envelope as a single page, and refuses a page that repeats.
/// </summary>
internal static class Pager
{
    /// <summary>What one page response holds.</summary>
    public readonly struct PageContent<TItem>
    {
        public PageContent(List<TItem>? items, PaginationMeta? meta, PaginationLinks? links)
        {
            Items = items;
            Meta = meta;
            Links = links;
        }

        public List<TItem>? Items { get; }

        public PaginationMeta? Meta { get; }

        public PaginationLinks? Links { get; }
    }

    /// <param name="fetch">Requests one page: (page number, page size, cancellation).</param>
    /// <param name="pageSize">Items per request.</param>
    /// <param name="options">First page and page cap.</param>
    /// <param name="list">The list's request (<c>GET /contacts</c>), for errors.</param>
    /// <param name="cancellationToken">Stops the enumeration between and during requests.</param>
    /// <param name="operation">The list's operation as the contract names it, for <c>kwiga.client.pages</c>.</param>
    public static async IAsyncEnumerable<Page<TItem>> PagesAsync<TItem>(
        Func<int, int, CancellationToken, Task<PageContent<TItem>>> fetch,
        int pageSize,
        PageOptions? options,
        (string Method, string Path) list,
        [EnumeratorCancellation] CancellationToken cancellationToken,
        string? operation = null)
    {
        var number = options?.FirstPage ?? 1;
        var served = 0;
        int? previousCurrent = null;
        while (options?.MaxPages is not int max || served < max)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var content = await fetch(number, pageSize, cancellationToken).ConfigureAwait(false);
            if (KwigaTelemetry.Pages.Enabled)
            {
                KwigaTelemetry.Pages.Add(1, TelemetryTags.OperationOnly(operation));
            }

            var items = content.Items ?? [];
            var current = content.Meta?.CurrentPage;
            if (current is int c && previousCurrent is int p && c <= p)
            {
                throw new KwigaPaginationException(
                    new KwigaErrorDetails(200, list.Method, list.Path, null, null),
                    $"the server answered page {number} with page {c} again after page {p}; stopping instead of looping.");
            }

            if (items.Count == 0)
            {
                yield break;
            }

            yield return new Page<TItem>(number, items, content.Meta, content.Links);
            served++;
            previousCurrent = current;

            if (content.Meta is { } meta)
            {
                if (meta.LastPage is int last && (current ?? number) >= last)
                {
                    yield break;
                }

                number = (current ?? number) + 1;
            }
            else if (!string.IsNullOrEmpty(content.Links?.Next))
            {
                number++;
            }
            else
            {
                // No envelope (or no next link): the list came whole.
                yield break;
            }
        }
    }

    /// <summary>Pages of a GET list: the caller's query, with the page number and size set by the pager.</summary>
    public static IAsyncEnumerable<Page<TItem>> GetPages<TQuery, TPage, TItem>(
        Func<Action<Microsoft.Kiota.Abstractions.RequestConfiguration<TQuery>>?, CancellationToken, Task<TPage?>> get,
        Action<TQuery>? query,
        PageOptions? options,
        string urlTemplate,
        CancellationToken cancellationToken,
        string sizeParameter = "per_page")
        where TQuery : class, IPagedQuery, new()
        where TPage : class, IPageEnvelope<TItem> =>
        PagesAsync(
            async (page, size, token) =>
            {
                var response = await get(
                    r =>
                    {
                        query?.Invoke(r.QueryParameters);
                        r.QueryParameters.Page = page;
                        r.QueryParameters.PerPage = size;
                    },
                    token).ConfigureAwait(false);
                return new PageContent<TItem>(response?.Data, response?.Meta, response?.Links);
            },
            PageSizes.Choose(options, urlTemplate, Method.GET, sizeParameter),
            options,
            ("GET", ContractPath(urlTemplate)),
            cancellationToken,
            ContractFacts.For(urlTemplate, Method.GET)?.Operation);

    /// <summary>
    /// Pages of a POST <c>/query</c> alias asked with its GET's query parameters: each request's JSON
    /// body is the caller's query (<see cref="Client.AliasBody"/>) with the page number and size set.
    /// </summary>
    public static IAsyncEnumerable<Page<TItem>> AliasPages<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] TQuery, TPage, TItem>(
        Func<byte[], CancellationToken, Task<TPage?>> post,
        Action<TQuery>? query,
        PageOptions? options,
        string urlTemplate,
        CancellationToken cancellationToken)
        where TQuery : class, IPagedQuery, new()
        where TPage : class, IPageEnvelope<TItem> =>
        PagesAsync(
            async (page, size, token) =>
            {
                var parameters = new TQuery();
                query?.Invoke(parameters);
                parameters.Page = page;
                parameters.PerPage = size;
                var response = await post(Client.AliasBody.From(parameters, urlTemplate), token).ConfigureAwait(false);
                return new PageContent<TItem>(response?.Data, response?.Meta, response?.Links);
            },
            PageSizes.Choose(options, urlTemplate, Method.POST, "per_page"),
            options,
            ("POST", ContractPath(urlTemplate)),
            cancellationToken,
            ContractFacts.For(urlTemplate, Method.POST)?.Operation);

    /// <summary>Sends <paramref name="json"/> to a POST alias and reads its page.</summary>
    public static Task<TPage?> PostJsonAsync<TPage>(IRequestAdapter adapter, string urlTemplate, Dictionary<string, object> pathParameters, byte[] json, ParsableFactory<TPage> factory, CancellationToken cancellationToken)
        where TPage : IParsable
    {
        var request = new RequestInformation(Method.POST, urlTemplate, pathParameters);
        request.Headers.TryAdd("Accept", "application/json");
        request.SetStreamContent(new MemoryStream(json), "application/json");
        return adapter.SendAsync(request, factory, null, cancellationToken);
    }

    /// <summary><c>{+baseurl}/courses/{course}/users{?…}</c> → <c>/courses/{course}/users</c>.</summary>
    private static string ContractPath(string urlTemplate)
    {
        var path = urlTemplate.Replace("{+baseurl}", string.Empty);
        var query = path.IndexOf("{?", StringComparison.Ordinal);
        return query < 0 ? path : path.Substring(0, query);
    }

    /// <summary>The items of every page, in order.</summary>
    public static async IAsyncEnumerable<TItem> ItemsAsync<TItem>(IAsyncEnumerable<Page<TItem>> pages, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var page in pages.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            foreach (var item in page.Items)
            {
                yield return item;
            }
        }
    }
}
