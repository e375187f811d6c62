using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Microsoft.Kiota.Abstractions;

namespace Kwiga.Sdk.Client;

/// <summary>
/// The JSON body of a POST <c>/query</c> alias, written from the query parameters of its GET, so one
/// filter shape serves both. The alias takes every GET parameter as a body field (checked by the
/// contract's <c>post-alias</c> lint rule): <c>filters[date_from]</c> becomes <c>{"filters":{"date_from":…}}</c>,
/// <c>contact_ids[]</c> and <c>include</c> become arrays. Values take the forms the query string uses:
/// booleans as <c>1</c>/<c>0</c>, dates as <c>yyyy-MM-dd</c>, date-times as <c>yyyy-MM-dd HH:mm:ss</c> UTC,
/// enums as their wire names.
/// </summary>
internal static class AliasBody
{
    /// <summary>The body for <paramref name="query"/>, sent to the alias at <paramref name="urlTemplate"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is outside the range its GET documents.</exception>
    public static byte[] From<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] TQuery>(TQuery query, string urlTemplate)
    {
        var facts = ContractFacts.For(urlTemplate, Method.POST);
        var root = new SortedDictionary<string, object>(StringComparer.Ordinal);
        foreach (var parameter in QueryParameterTable<TQuery>.Values(query))
        {
            if (facts?.Bound(parameter.Key) is { } bound && parameter.Value is int number)
            {
                bound.Check(number, facts.Operation);
            }

            var path = Path(parameter.Key);
            var level = root;
            foreach (var step in path.Take(path.Count - 1))
            {
                if (!level.TryGetValue(step, out var next) || next is not SortedDictionary<string, object> nested)
                {
                    nested = new SortedDictionary<string, object>(StringComparer.Ordinal);
                    level[step] = nested;
                }

                level = nested;
            }

            level[path[path.Count - 1]] = parameter.Value;
        }

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, root);
        }

        return buffer.ToArray();
    }

    /// <summary><c>filters[contact_ids][]</c> → <c>filters</c>, <c>contact_ids</c>; a trailing <c>[]</c> only marks a list.</summary>
    private static List<string> Path(string wireName)
    {
        var name = wireName.EndsWith("[]", StringComparison.Ordinal) ? wireName.Substring(0, wireName.Length - 2) : wireName;
        return name.Split(['[', ']'], StringSplitOptions.RemoveEmptyEntries).ToList();
    }

    private static void Write(Utf8JsonWriter writer, object value)
    {
        switch (value)
        {
            case SortedDictionary<string, object> members:
                writer.WriteStartObject();
                foreach (var member in members)
                {
                    writer.WritePropertyName(member.Key);
                    Write(writer, member.Value);
                }

                writer.WriteEndObject();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool flag:
                writer.WriteNumberValue(flag ? 1 : 0);
                break;
            case int number:
                writer.WriteNumberValue(number);
                break;
            case long number:
                writer.WriteNumberValue(number);
                break;
            case double number:
                writer.WriteNumberValue(number);
                break;
            case decimal number:
                writer.WriteNumberValue(number);
                break;
            case Date date:
                writer.WriteStringValue(date.ToString());
                break;
            case DateTimeOffset moment:
                writer.WriteStringValue(QueryDates.Format(moment));
                break;
            case Enum member:
                writer.WriteStringValue(EnumWireNames.TryGet(member, out var wire) ? wire : member.ToString());
                break;
            case IEnumerable items:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                throw new NotSupportedException($"A query value of type {value.GetType().Name} has no JSON form in a POST alias body.");
        }
    }
}
