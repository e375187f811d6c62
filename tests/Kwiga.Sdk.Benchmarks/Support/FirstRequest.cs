using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using System.Text.Json;
using Kwiga.Sdk.Benchmarks.Baseline;
using Kwiga.Sdk.Benchmarks.Pipeline;

namespace Kwiga.Sdk.Benchmarks.Support;

/// <summary>
/// <c>first-request [raw]</c>: what the first requests of a fresh process cost, phase by phase, with
/// the JIT's share (<see cref="JitInfo"/>): creating the client, the first request of the pipeline
/// (an empty page), the first read of a model type (the <c>withInclude</c> body), and the same
/// request again. <c>raw</c>: the HttpClient + STJ baseline instead. One process is one measurement;
/// run it a few times.
/// </summary>
public static class FirstRequest
{
    private static readonly Uri BaseUrl = new("http://127.0.0.1:9");

    /// <summary>Prints one markdown table; returns 0.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var body = DocsExamples.CourseUsersWithInclude();
        Console.WriteLine("| phase | time | of which JIT | methods compiled |");
        Console.WriteLine("| --- | ---: | ---: | ---: |");
        if (args.Contains("raw"))
        {
            HttpClient raw = null!;
            await Phase("HttpClient: create", () =>
            {
                raw = new HttpClient(new CannedResponseHandler(body, 200, 199)) { BaseAddress = BaseUrl };
                return Task.CompletedTask;
            }).ConfigureAwait(false);
            for (var i = 1; i <= 2; i++)
            {
                await Phase($"HttpClient + STJ: GET course users #{i}", async () =>
                {
                    using var response = await raw.GetAsync("courses/20/users?page=1", HttpCompletionOption.ResponseHeadersRead).ConfigureAwait(false);
                    using var stream = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
                    await JsonSerializer.DeserializeAsync(stream, BaselineJsonContext.Default.CourseUserPage).ConfigureAwait(false);
                }).ConfigureAwait(false);
            }

            return 0;
        }

        KwigaClient sdk = null!;
        KwigaClient emptyPages = null!;
        await Phase("SDK: create the client", () =>
        {
            sdk = KwigaClientFactory.Create(Options("first-request-a"), transport: new CannedResponseHandler(body, 200, 199));
            return Task.CompletedTask;
        }).ConfigureAwait(false);
        await Phase("SDK: create a second client", () =>
        {
            emptyPages = KwigaClientFactory.Create(Options("first-request-b"), transport: new CannedResponseHandler("{\"data\":[]}"u8.ToArray(), 200, 199));
            return Task.CompletedTask;
        }).ConfigureAwait(false);
        await Phase("SDK: first GET, empty page (the pipeline)", () => emptyPages.Courses[20].Users.GetAsync(r => r.QueryParameters.Page = 1)).ConfigureAwait(false);
        await Phase("SDK: first GET of course users (reading the type)", () => sdk.Courses[20].Users.GetAsync(r => r.QueryParameters.Page = 1)).ConfigureAwait(false);
        await Phase("SDK: the same GET again", () => sdk.Courses[20].Users.GetAsync(r => r.QueryParameters.Page = 1)).ConfigureAwait(false);
        return 0;
    }

    private static async Task Phase(string name, Func<Task> run)
    {
        var jit = JitInfo.GetCompilationTime();
        var methods = JitInfo.GetCompiledMethodCount();
        var started = Stopwatch.GetTimestamp();
        await run().ConfigureAwait(false);
        var elapsed = Stopwatch.GetElapsedTime(started);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {elapsed.TotalMilliseconds:0.0} ms | {(JitInfo.GetCompilationTime() - jit).TotalMilliseconds:0.0} ms | {JitInfo.GetCompiledMethodCount() - methods} |"));
    }

    private static KwigaOptions Options(string token) =>
        new() { Token = token, CabinetHash = "bench-cabinet", BaseUrl = BaseUrl };
}
