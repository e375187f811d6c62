using System.Text.Json;
using Kwiga.Sdk.Benchmarks.Baseline;

namespace Kwiga.Sdk.ColdStart.Contenders;

/// <summary>The floor: HttpClient and System.Text.Json source-generated records of the fields the example carries.</summary>
public static class RawContender
{
    /// <summary>Runs the contender.</summary>
    public static async Task<int> RunAsync(Clock clock, Uri baseUrl)
    {
        clock.Mark("main");
        using var http = new HttpClient(LoopbackTls.Handler()) { BaseAddress = baseUrl };
        clock.Mark("client");
        using var response = await http.GetAsync("courses/20/users?page=1", HttpCompletionOption.ResponseHeadersRead).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        using var stream = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
        var page = await JsonSerializer.DeserializeAsync(stream, BaselineJsonContext.Default.CourseUserPage).ConfigureAwait(false);
        clock.Mark("response");
        return clock.Report(page?.Data?.Count ?? 0);
    }
}
