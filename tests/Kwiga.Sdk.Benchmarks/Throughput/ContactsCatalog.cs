using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;

namespace Kwiga.Sdk.Benchmarks.Throughput;

/// <summary>
/// The loopback server's contact list: <see cref="Count"/> generated contacts served as Laravel pages
/// (<c>data</c>/<c>links</c>/<c>meta</c>), each page rendered once and kept, so serving costs the
/// server little CPU next to the clients it shares two cores with.
/// </summary>
public sealed class ContactsCatalog
{
    private readonly ConcurrentDictionary<(int Page, int PerPage), byte[]> _pages = new();

    /// <summary>Creates a catalog of <paramref name="count"/> contacts.</summary>
    public ContactsCatalog(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        Count = count;
    }

    /// <summary>How many contacts the list holds.</summary>
    public int Count { get; }

    /// <summary>The JSON of page <paramref name="page"/> (1-based) at <paramref name="perPage"/> items.</summary>
    public byte[] Page(string baseUrl, int page, int perPage) =>
        _pages.GetOrAdd((Math.Max(1, page), Math.Clamp(perPage, 1, 1000)), key => Render(baseUrl, key.Page, key.PerPage));

    private byte[] Render(string baseUrl, int page, int perPage)
    {
        var lastPage = (Count + perPage - 1) / perPage;
        var first = (page - 1) * perPage + 1;
        var last = Math.Min(Count, page * perPage);
        var path = baseUrl + "/contacts";

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteStartArray("data");
            for (var id = first; id <= last; id++)
            {
                json.WriteStartObject();
                json.WriteNumber("id", id);
                json.WriteString("email", $"contact{id}@example.com");
                json.WriteString("first_name", "First" + id.ToString(CultureInfo.InvariantCulture));
                json.WriteString("last_name", "Last" + id.ToString(CultureInfo.InvariantCulture));
                json.WriteString("phone", "38093" + id.ToString("D7", CultureInfo.InvariantCulture));
                json.WriteStartArray("tags");
                json.WriteEndArray();
                json.WriteString("created_at", "2023-06-26T19:01:00.000000Z");
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartObject("links");
            json.WriteString("first", $"{path}?page=1");
            json.WriteString("last", $"{path}?page={lastPage}");
            WriteLink(json, "prev", page > 1 ? $"{path}?page={page - 1}" : null);
            WriteLink(json, "next", page < lastPage ? $"{path}?page={page + 1}" : null);
            json.WriteEndObject();
            json.WriteStartObject("meta");
            json.WriteNumber("current_page", page);
            WriteNumber(json, "from", first <= last ? first : null);
            json.WriteNumber("last_page", lastPage);
            json.WriteString("path", path);
            json.WriteNumber("per_page", perPage);
            WriteNumber(json, "to", first <= last ? last : null);
            json.WriteNumber("total", Count);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static void WriteLink(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static void WriteNumber(Utf8JsonWriter json, string name, int? value)
    {
        if (value is int number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
