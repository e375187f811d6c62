using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;

namespace Kwiga.Sdk.Serialization;

/// <summary>Reads one primitive of a runtime type through a parse node's typed getters.</summary>
internal static class PrimitiveReader
{
    public static object? Read(IParseNode node, Type type)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        return target switch
        {
            _ when target == typeof(string) => node.GetStringValue(),
            _ when target == typeof(bool) => node.GetBoolValue(),
            _ when target == typeof(byte) => node.GetByteValue(),
            _ when target == typeof(sbyte) => node.GetSbyteValue(),
            _ when target == typeof(int) => node.GetIntValue(),
            _ when target == typeof(long) => node.GetLongValue(),
            _ when target == typeof(float) => node.GetFloatValue(),
            _ when target == typeof(double) => node.GetDoubleValue(),
            _ when target == typeof(decimal) => node.GetDecimalValue(),
            _ when target == typeof(Guid) => node.GetGuidValue(),
            _ when target == typeof(DateTimeOffset) => node.GetDateTimeOffsetValue(),
            _ when target == typeof(TimeSpan) => node.GetTimeSpanValue(),
            _ when target == typeof(Date) => node.GetDateValue(),
            _ when target == typeof(Time) => node.GetTimeValue(),
            _ => throw new InvalidOperationException($"{type} is not a primitive Kiota reads"),
        };
    }
}
