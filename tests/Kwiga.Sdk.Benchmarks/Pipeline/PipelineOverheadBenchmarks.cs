using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Kwiga.Sdk.Benchmarks.Baseline;
using Kwiga.Sdk.Benchmarks.Support;
using Kwiga.Sdk.Models;

namespace Kwiga.Sdk.Benchmarks.Pipeline;

/// <summary>
/// The SDK's cost per request apart from reading a body: every request is answered with an empty page
/// (<c>{"data":[]}</c>), first with no query, then with <c>page</c>/<c>per_page</c>, then also with the
/// four <c>include</c> values (an enum array), to show what Kiota's query handling costs.
/// </summary>
[Config(typeof(ShortJobConfig))]
public class PipelineOverheadBenchmarks
{
    private static readonly Uri BaseUrl = new("http://127.0.0.1:9");
    private static readonly byte[] EmptyPage = "{\"data\":[]}"u8.ToArray();
    private static readonly CourseUsersInclude[] Everything =
        [CourseUsersInclude.CourseProgram, CourseUsersInclude.LessonProgress, CourseUsersInclude.ModuleProgress, CourseUsersInclude.QuizProgress];

    private KwigaClient _sdk = null!;
    private HttpClient _raw = null!;

    /// <summary>Builds both clients over canned transports.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var options = new KwigaOptions { Token = "bench-token-" + Guid.NewGuid().ToString("N"), CabinetHash = "bench-cabinet", BaseUrl = BaseUrl };
        options.RateLimit.Enabled = false;
        _sdk = KwigaClientFactory.Create(options, transport: new CannedResponseHandler(EmptyPage, 200, 199));
        _raw = new HttpClient(new CannedResponseHandler(EmptyPage, 200, 199)) { BaseAddress = BaseUrl };
        _raw.DefaultRequestHeaders.Add("Token", "bench-token");
        _raw.DefaultRequestHeaders.Add("Cabinet-Hash", "bench-cabinet");
    }

    /// <summary>Disposes the raw client.</summary>
    [GlobalCleanup]
    public void Cleanup() => _raw.Dispose();

    /// <summary>HttpClient + System.Text.Json, with the full query string.</summary>
    [Benchmark(Baseline = true, Description = "HttpClient + STJ, full query")]
    public async Task<Baseline.CourseUserPage?> Raw()
    {
        using var response = await _raw.GetAsync("courses/20/users?include=course_program,lesson_progress,module_progress,quiz_progress&page=1&per_page=15", HttpCompletionOption.ResponseHeadersRead).ConfigureAwait(false);
        using var stream = await response.EnsureSuccessStatusCode().Content.ReadAsStreamAsync().ConfigureAwait(false);
        return await JsonSerializer.DeserializeAsync(stream, BaselineJsonContext.Default.CourseUserPage).ConfigureAwait(false);
    }

    /// <summary>The SDK, no query parameters.</summary>
    [Benchmark(Description = "SDK, no query")]
    public Task<Models.CourseUserPage?> NoQuery() => _sdk.Courses[20].Users.GetAsync();

    /// <summary>The SDK with <c>page</c> and <c>per_page</c>.</summary>
    [Benchmark(Description = "SDK, page + per_page")]
    public Task<Models.CourseUserPage?> Paging() =>
        _sdk.Courses[20].Users.GetAsync(r =>
        {
            r.QueryParameters.Page = 1;
            r.QueryParameters.PerPage = 15;
        });

    /// <summary>The SDK with <c>page</c>, <c>per_page</c> and the four <c>include</c> values.</summary>
    [Benchmark(Description = "SDK, page + per_page + include[4]")]
    public Task<Models.CourseUserPage?> PagingAndInclude() =>
        _sdk.Courses[20].Users.GetAsync(r =>
        {
            r.QueryParameters.Include = Everything;
            r.QueryParameters.Page = 1;
            r.QueryParameters.PerPage = 15;
        });
}
