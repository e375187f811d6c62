using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.Serialization;
using Microsoft.Kiota.Abstractions.Extensions;

namespace Kwiga.Sdk.Client;

/// <summary>
/// The names enum query values take in a URL, as Kiota's <c>RequestInformation</c> writes them
/// (<see cref="EnumMemberAttribute.Value"/>, else the member name with a lower-case first letter),
/// read once per enum type: Kiota itself reads the attributes again for every value of every request.
/// </summary>
internal static class EnumWireNames
{
    private static readonly ConcurrentDictionary<Type, Dictionary<Enum, string>> NamesByType = new();

    /// <summary>The wire name of <paramref name="value"/>; false for values Kiota should judge itself (undefined, aliased).</summary>
    public static bool TryGet(Enum value, out string name) =>
        NamesByType.GetOrAdd(value.GetType(), Read).TryGetValue(value, out name!);

    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "The trimmer keeps every public field of an enum (dotnet/runtime#100814); Kiota suppresses the same warning for its enum names.")]
    private static Dictionary<Enum, string> Read(Type type)
    {
        var names = new Dictionary<Enum, string>();
        var aliased = new HashSet<Enum>();
        foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            var value = (Enum)field.GetValue(null)!;
            if (names.ContainsKey(value))
            {
                // Two names for one value: which one Enum.GetName picks is not ours to guess.
                aliased.Add(value);
                continue;
            }

            names[value] = field.GetCustomAttribute<EnumMemberAttribute>()?.Value ?? field.Name.ToFirstCharacterLowerCase()!;
        }

        foreach (var value in aliased)
        {
            names.Remove(value);
        }

        return names;
    }
}
