using System.Diagnostics;
using System.Text.Json.Nodes;
using Kwiga.Sdk.Testing.Requests;

namespace Kwiga.Sdk.Testing.Tests;

/// <summary>
/// The recorded query is what PHP's parse_str (Laravel's reader) makes of the query string: checked against the
/// php binary on a corpus of the forms that matter (nesting, lists, numeric keys, encodings, PHP's limits).
/// </summary>
public class PhpQueryStringTests
{
    private static readonly string[] Corpus =
    [
        "",
        "page=2&per_page=50",
        "filters%5Bemails%5D%5B%5D=a%40example.com&filters%5Bemails%5D%5B%5D=b%40example.com",
        "filters[date_from]=2024-01-01&filters[is_active]=1",
        "include=course_program,lesson_progress",
        "a=1&a=2",
        "a[]=1&a[]=2&a[5]=3&a[]=4",
        "a[x]=1&a[]=2",
        "a[0]=1&a[1]=2",
        "a[1]=1&a[0]=2",
        "a[01]=1&a[1]=2",
        "a=1&a[b]=2",
        "a[b]=1&a=2",
        "a[b]xyz=1",
        "a[b=1",
        "a[b][c=1",
        "a.b=1&a b=2&+c=3",
        "a[b.c]=1&a[ d]=2",
        "x=a+b%20c%2Bd",
        "x=%ZZ&y=%4",
        "x=%C3%A9t%C3%A9",
        "&&a=1&&b&=c",
        "a[][]=1&a[][]=2",
        "a[b][][c]=1&a[b][][c]=2",
        "ids[]=3&ids[]=1&ids[]=2&sort_by=desc",
        "9=a&10=b",
        "-1=a&-0=b&00=c",
        "a[9223372036854775807]=max&a[9223372036854775808]=over",
        string.Concat(Enumerable.Repeat("a[", 70)) + "x" + string.Concat(Enumerable.Repeat("]", 70)) + "=deep&b=1",
        string.Concat(Enumerable.Repeat("a[", 63)) + "x" + string.Concat(Enumerable.Repeat("]", 63)) + "=ok",
        string.Join('&', Enumerable.Range(1, 1005).Select(i => $"v{i}={i}")),
        string.Join('&', Enumerable.Range(1, 1005).Select(i => $"list[]={i}")),
    ];

    private static readonly Lazy<bool> PhpInstalled = new(() => RunPhp("echo 1;", string.Empty, out _));

    [TestCaseSource(nameof(Corpus))]
    public void The_query_reads_as_phps_parse_str_reads_it(string query)
    {
        if (!PhpInstalled.Value)
        {
            Assert.Ignore("php is not installed (Debian: apt-get install php-cli; .ci/run installs it): parse_str cannot be run to compare with.");
        }

        Assert.That(RunPhp("parse_str(stream_get_contents(STDIN), $o); echo json_encode($o);", query, out var php), Is.True, php);

        var expected = JsonNode.Parse(php)!;
        var actual = PhpQueryString.Parse(query);
        // parse_str of nothing is an empty array, which json_encode prints as [].
        Assert.That(JsonNode.DeepEquals(expected is JsonArray { Count: 0 } ? new JsonObject() : expected, actual), Is.True, $"php: {php}{Environment.NewLine}ours: {actual.ToJsonString()}");
    }

    [Test]
    public void Variables_past_phps_max_input_vars_are_dropped()
    {
        var query = string.Join('&', Enumerable.Range(1, 1002).Select(i => $"v{i}=x"));

        var parsed = PhpQueryString.Parse(query);

        Assert.That(parsed, Has.Count.EqualTo(1000));
        Assert.That(parsed.ContainsKey("v1001"), Is.False);
    }

    [Test]
    public void A_variable_nested_deeper_than_php_allows_is_dropped_whole()
    {
        var deep = string.Concat(Enumerable.Repeat("[a]", 65));

        var parsed = PhpQueryString.Parse($"x{deep}=1&x[b]=2&y=3");

        Assert.That(parsed.ToJsonString(), Is.EqualTo("""{"x":{"b":"2"},"y":"3"}"""));
    }

    [Test]
    public void Lists_names_and_encodings_follow_php()
    {
        var parsed = PhpQueryString.Parse("a.b=1&c[]=x&c[]=y&d[k]=%41+B");

        Assert.That(parsed.ToJsonString(), Is.EqualTo("""{"a_b":"1","c":["x","y"],"d":{"k":"A B"}}"""));
    }

    private static bool RunPhp(string code, string input, out string output)
    {
        try
        {
            var start = new ProcessStartInfo("php", ["-d", "display_errors=stderr", "-r", code])
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(start)!;
            process.StandardInput.Write(input);
            process.StandardInput.Close();
            output = process.StandardOutput.ReadToEnd();
            process.StandardError.ReadToEnd();
            process.WaitForExit(10_000);
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            output = e.Message;
            return false;
        }
    }
}
