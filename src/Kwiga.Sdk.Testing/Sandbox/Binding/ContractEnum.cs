using System.Reflection;
using System.Runtime.Serialization;

namespace Kwiga.Sandbox.Binding;

/// <summary>Parses a generated enum by its contract value (the <c>EnumMember</c> NSwag writes), not its C# name.</summary>
internal static class ContractEnum
{
    public static bool TryParse(Type enumType, string value, out object? result)
    {
        var field = enumType.GetFields(BindingFlags.Public | BindingFlags.Static)
            .FirstOrDefault(f => string.Equals(f.GetCustomAttribute<EnumMemberAttribute>()?.Value ?? f.Name, value, StringComparison.Ordinal));
        result = field?.GetValue(null);
        return field is not null;
    }

    public static bool TryParse<T>(string value, out T result)
        where T : struct, System.Enum
    {
        var ok = TryParse(typeof(T), value, out var parsed);
        result = ok ? (T)parsed! : default;
        return ok;
    }
}
