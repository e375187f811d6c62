using System.Collections.ObjectModel;

namespace Kwiga.Sdk.Serialization;

/// <summary>The typed view of a map model's entries (see <see cref="ITypedMap"/>).</summary>
internal static class TypedMapEntries
{
    /// <summary>The entries of <paramref name="data"/> that were read as <typeparamref name="T"/>.</summary>
    public static IReadOnlyDictionary<string, T> Of<T>(IDictionary<string, object>? data)
    {
        var entries = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var entry in data ?? new Dictionary<string, object>())
        {
            if (entry.Value is T typed)
            {
                entries[entry.Key] = typed;
            }
        }

        return new ReadOnlyDictionary<string, T>(entries);
    }
}
