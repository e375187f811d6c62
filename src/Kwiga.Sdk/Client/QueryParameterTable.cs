using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Microsoft.Kiota.Abstractions;

namespace Kwiga.Sdk.Client;

/// <summary>
/// The query parameters of one generated query-parameters class, read by reflection once: what
/// Kiota's <see cref="RequestInformation.AddQueryParameters{T}(T)"/> reads again on every request
/// (every property and its <see cref="QueryParameterAttribute"/>), which made it the largest cost of a
/// request left after the URL expansion.
/// </summary>
internal static class QueryParameterTable<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] T>
{
    private static readonly (string Name, PropertyInfo Property)[] Parameters = typeof(T).GetProperties()
        .Select(p => (p.GetCustomAttributes(false).OfType<QueryParameterAttribute>().FirstOrDefault()?.TemplateName ?? p.Name, p))
        .ToArray();

    /// <summary>Adds the set values of <paramref name="source"/> exactly as <c>AddQueryParameters</c> would.</summary>
    public static void AddTo(RequestInformation request, T source)
    {
        if (source is null)
        {
            return;
        }

        foreach (var (name, property) in Parameters)
        {
            var value = property.GetValue(source);
            if (value is not null && !request.QueryParameters.ContainsKey(name) && (value is not ICollection collection || collection.Count > 0))
            {
                request.QueryParameters[name] = value;
            }
        }
    }

    /// <summary>The set values of <paramref name="source"/> under their wire names (<c>filters[date_from]</c>), in declaration order.</summary>
    public static IEnumerable<KeyValuePair<string, object>> Values(T source)
    {
        foreach (var (name, property) in Parameters)
        {
            var value = property.GetValue(source);
            if (value is not null && (value is not ICollection collection || collection.Count > 0))
            {
                yield return new KeyValuePair<string, object>(Uri.UnescapeDataString(name), value);
            }
        }
    }
}
