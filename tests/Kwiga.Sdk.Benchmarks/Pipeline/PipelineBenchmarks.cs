using System.Net.Http.Headers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Kwiga.Sdk.Benchmarks.Baseline;
using Kwiga.Sdk.Benchmarks.Deserialization;
using Kwiga.Sdk.Benchmarks.Support;
using Kwiga.Sdk.Models;

namespace Kwiga.Sdk.Benchmarks.Pipeline;

/// <summary>
/// One <c>GET /courses/20/users?include=…</c> answered in memory with the docs' <c>withInclude</c>
/// example: through the whole SDK (request builder, Kiota adapter, every handler, lenient reader)
/// versus a raw <see cref="HttpClient"/> over an identical transport plus System.Text.Json.
/// </summary>
[Config(typeof(ShortJobConfig))]
public class PipelineBenchmarks
{
    private static readonly Uri BaseUrl = new("http://127.0.0.1:9");
    private static readonly CourseUsersInclude[] Everything =
        [CourseUsersInclude.CourseProgram, CourseUsersInclude.LessonProgress, CourseUsersInclude.ModuleProgress, CourseUsersInclude.QuizProgress];

    private KwigaClient _sdk = null!;
    private KwigaClient _sdkWithBudget = null!;
    private KwigaClient _sdkYielding = null!;
    private HttpClient _raw = null!;

    /// <summary>Builds the three clients, each over its own canned transport, and checks what they read.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var body = DocsExamples.CourseUsersWithInclude();

        // Rate limiting off: the budget (200 a minute by default) would otherwise bind at once.
        _sdk = KwigaClientFactory.Create(Options(o => o.RateLimit.Enabled = false), transport: new CannedResponseHandler(body, 200, 199));

        // Rate limiting on, with a budget so large that it never binds (and a server that reports
        // as much left), to price the limiter itself: a permit and a resynchronisation per request.
        _sdkWithBudget = KwigaClientFactory.Create(
            Options(o =>
            {
                o.RateLimit.PermitLimit = 1_000_000_000;
                o.RateLimit.Window = TimeSpan.FromSeconds(1);
            }),
            transport: new CannedResponseHandler(body, 1_000_000_000, 999_999_999));

        // The same, over a transport that answers after Task.Yield: every await above it suspends.
        _sdkYielding = KwigaClientFactory.Create(
            Options(o =>
            {
                o.RateLimit.PermitLimit = 1_000_000_000;
                o.RateLimit.Window = TimeSpan.FromSeconds(1);
            }),
            transport: new CannedResponseHandler(body, 1_000_000_000, 999_999_999, yields: true));

        _raw = new HttpClient(new CannedResponseHandler(body, 200, 199)) { BaseAddress = BaseUrl };
        _raw.DefaultRequestHeaders.Add("Token", "bench-token");
        _raw.DefaultRequestHeaders.Add("Cabinet-Hash", "bench-cabinet");
        _raw.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        var expected = RawHttpClient().GetAwaiter().GetResult();
        ExampleChecks.Check(DocsExample.CourseUsers, expected, Sdk().GetAwaiter().GetResult(), "the SDK pipeline");
        ExampleChecks.Check(DocsExample.CourseUsers, expected, SdkWithBudget().GetAwaiter().GetResult(), "the SDK pipeline with its limiter");
        ExampleChecks.Check(DocsExample.CourseUsers, expected, SdkTransportYields().GetAwaiter().GetResult(), "the SDK pipeline over a yielding transport");
    }

    /// <summary>Disposes the clients.</summary>
    [GlobalCleanup]
    public void Cleanup() => _raw.Dispose();

    /// <summary>HttpClient + System.Text.Json source-gen: the baseline.</summary>
    [Benchmark(Baseline = true, Description = "HttpClient + STJ")]
    public async Task<Baseline.CourseUserPage?> RawHttpClient()
    {
        using var response = await _raw.GetAsync(
            "courses/20/users?include=course_program,lesson_progress,module_progress,quiz_progress&page=1&per_page=15",
            HttpCompletionOption.ResponseHeadersRead).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        using var stream = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
        return await JsonSerializer.DeserializeAsync(stream, BaselineJsonContext.Default.CourseUserPage).ConfigureAwait(false);
    }

    /// <summary>The SDK, rate limiting disabled.</summary>
    [Benchmark(Description = "SDK (rate limit off)")]
    public Task<Models.CourseUserPage?> Sdk() => Get(_sdk);

    /// <summary>The SDK with its limiter acquiring a permit per request.</summary>
    [Benchmark(Description = "SDK (rate limit on)")]
    public Task<Models.CourseUserPage?> SdkWithBudget() => Get(_sdkWithBudget);

    /// <summary>The SDK with its limiter, over a transport that answers after <see cref="Task.Yield"/>.</summary>
    [Benchmark(Description = "SDK (rate limit on, transport yields)")]
    public Task<Models.CourseUserPage?> SdkTransportYields() => Get(_sdkYielding);

    private static Task<Models.CourseUserPage?> Get(KwigaClient client) =>
        client.Courses[20].Users.GetAsync(r =>
        {
            r.QueryParameters.Include = Everything;
            r.QueryParameters.Page = 1;
            r.QueryParameters.PerPage = 15;
        });

    private static KwigaOptions Options(Action<KwigaOptions> configure)
    {
        var options = new KwigaOptions
        {
            Token = "bench-token-" + Guid.NewGuid().ToString("N"),
            CabinetHash = "bench-cabinet",
            BaseUrl = BaseUrl,
        };
        configure(options);
        return options;
    }
}
