using System.Net;
using System.Net.Http.Json;
using Kwiga.Sdk.Benchmarks.Baseline;

namespace Kwiga.Sdk.Benchmarks.Throughput;

/// <summary>The two kinds of caller the throughput run compares; each paginates the whole contact list.</summary>
public static class Callers
{
    /// <summary>An SDK client for the server, with the token's budget set to the server's (time-scaled) window.</summary>
    /// <param name="baseUrl">The server.</param>
    /// <param name="token">A token of this run alone (budgets are per token and process-wide).</param>
    /// <param name="settings">The server's limit and window.</param>
    /// <param name="configure">Anything else, e.g. a shared limiter through <see cref="KwigaOptions.RateLimiterFactory"/>.</param>
    public static KwigaClient Sdk(Uri baseUrl, string token, ThroughputSettings settings, Action<KwigaOptions>? configure = null)
    {
        var options = new KwigaOptions { Token = token, CabinetHash = "throughput-cabinet", BaseUrl = baseUrl };
        options.RateLimit.PermitLimit = settings.Limit;
        options.RateLimit.Window = settings.Window;
        configure?.Invoke(options);
        return KwigaClientFactory.Create(options);
    }

    /// <summary>One SDK caller: <c>GetAllAsync</c> over every page; returns the contacts read.</summary>
    public static async Task<int> SdkPaginateAsync(KwigaClient client, int pageSize, int? maxPages, CancellationToken cancellationToken)
    {
        var items = 0;
        await foreach (var _ in client.Contacts.GetAllAsync(options: new PageOptions { PageSize = pageSize, MaxPages = maxPages }, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            items++;
        }

        return items;
    }

    /// <summary>A plain <see cref="HttpClient"/> with the token: no limiter, no pipeline.</summary>
    public static HttpClient Naive(Uri baseUrl, string token)
    {
        var http = new HttpClient { BaseAddress = new Uri(baseUrl, "/") };
        http.DefaultRequestHeaders.Add("Token", token);
        http.DefaultRequestHeaders.Add("Cabinet-Hash", "throughput-cabinet");
        return http;
    }

    /// <summary>
    /// One naive caller: a page loop that, on a 429, sleeps for <c>Retry-After</c> and sends the page
    /// again (the least a loop must do to finish); returns the contacts read.
    /// </summary>
    public static async Task<int> NaivePaginateAsync(HttpClient http, int pageSize, int? maxPages, CancellationToken cancellationToken)
    {
        var items = 0;
        for (var page = 1; maxPages is not int max || page <= max;)
        {
            using var response = await http.GetAsync($"contacts?page={page}&per_page={pageSize}", cancellationToken).ConfigureAwait(false);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                await Task.Delay(response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1), cancellationToken).ConfigureAwait(false);
                continue;
            }

            response.EnsureSuccessStatusCode();
            var body = await response.Content.ReadFromJsonAsync(BaselineJsonContext.Default.ContactPage, cancellationToken).ConfigureAwait(false);
            items += body?.Data?.Count ?? 0;
            if (body?.Data is not { Count: > 0 } || body.Meta?.CurrentPage >= body.Meta?.LastPage)
            {
                break;
            }

            page++;
        }

        return items;
    }
}
