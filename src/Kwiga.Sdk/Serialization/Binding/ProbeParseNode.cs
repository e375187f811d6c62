using System.Diagnostics.CodeAnalysis;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;

namespace Kwiga.Sdk.Serialization.Binding;

/// <summary>
/// A parse node that holds no JSON: it records which typed getter a generated field deserializer
/// calls (with its element type and factory) and returns a distinctive value, so
/// <see cref="ModelPlanBuilder"/> can find the property the deserializer assigns.
/// </summary>
internal sealed class ProbeParseNode : IParseNode
{
    /// <summary>How many getters were called (a deserializer must call exactly one).</summary>
    public int Calls { get; private set; }

    /// <summary>The getter called, by name (e.g. <c>GetIntValue</c>).</summary>
    public string? Getter { get; private set; }

    /// <summary>The generic argument of the getter, when it has one.</summary>
    public Type? ElementType { get; private set; }

    /// <summary>The factory passed to the getter, when it takes one.</summary>
    public Delegate? Factory { get; private set; }

    /// <summary>What the getter returned.</summary>
    public object? Returned { get; private set; }

    /// <inheritdoc />
    public Action<IParsable>? OnBeforeAssignFieldValues { get; set; }

    /// <inheritdoc />
    public Action<IParsable>? OnAfterAssignFieldValues { get; set; }

    public string? GetStringValue() => Record<string>(nameof(GetStringValue), "\u0001kwiga-probe\u0001");

    public bool? GetBoolValue() => Record<bool?>(nameof(GetBoolValue), true);

    public byte? GetByteValue() => Record<byte?>(nameof(GetByteValue), 0xA7);

    public sbyte? GetSbyteValue() => Record<sbyte?>(nameof(GetSbyteValue), -0x57);

    public int? GetIntValue() => Record<int?>(nameof(GetIntValue), -0x3A5E_ED17);

    public float? GetFloatValue() => Record<float?>(nameof(GetFloatValue), -3.1e-17f);

    public long? GetLongValue() => Record<long?>(nameof(GetLongValue), -0x3A5E_ED17_0BAD_F00D);

    public double? GetDoubleValue() => Record<double?>(nameof(GetDoubleValue), -3.1e-170);

    public decimal? GetDecimalValue() => Record<decimal?>(nameof(GetDecimalValue), -31415926.5358979m);

    public Guid? GetGuidValue() => Record<Guid?>(nameof(GetGuidValue), new Guid("3a5eed17-0bad-f00d-3a5e-ed170badf00d"));

    public DateTimeOffset? GetDateTimeOffsetValue() => Record<DateTimeOffset?>(nameof(GetDateTimeOffsetValue), new DateTimeOffset(1901, 2, 3, 4, 5, 6, 7, TimeSpan.FromHours(-7)));

    public TimeSpan? GetTimeSpanValue() => Record<TimeSpan?>(nameof(GetTimeSpanValue), TimeSpan.FromTicks(-31415926535));

    public Date? GetDateValue() => Record<Date?>(nameof(GetDateValue), new Date(1901, 2, 3));

    public Time? GetTimeValue() => Record<Time?>(nameof(GetTimeValue), new Time(4, 5, 6));

    public byte[]? GetByteArrayValue() => Record<byte[]>(nameof(GetByteArrayValue), [0xA7, 0x57]);

    public T? GetEnumValue<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] T>() where T : struct, Enum
    {
        ElementType = typeof(T);
#if NET5_0_OR_GREATER
        var values = Enum.GetValues<T>();
#else
        var values = (T[])Enum.GetValues(typeof(T));
#endif
        return Record<T?>(nameof(GetEnumValue), values.Length > 0 ? values[values.Length - 1] : default);
    }

    public IEnumerable<T?> GetCollectionOfEnumValues<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] T>() where T : struct, Enum
    {
        ElementType = typeof(T);
        return Record<IEnumerable<T?>>(nameof(GetCollectionOfEnumValues), new List<T?>());
    }

    public IEnumerable<T> GetCollectionOfPrimitiveValues<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] T>()
    {
        ElementType = typeof(T);
        return Record<IEnumerable<T>>(nameof(GetCollectionOfPrimitiveValues), new List<T>());
    }

    public IEnumerable<T> GetCollectionOfObjectValues<T>(ParsableFactory<T> factory) where T : IParsable
    {
        ElementType = typeof(T);
        Factory = factory;
        return Record<IEnumerable<T>>(nameof(GetCollectionOfObjectValues), new List<T>());
    }

    public T GetObjectValue<T>(ParsableFactory<T> factory) where T : IParsable
    {
        ElementType = typeof(T);
        Factory = factory;

        // Any instance will do as the sentinel; its own factory gets a probe of its own.
        return Record(nameof(GetObjectValue), factory(new ProbeParseNode()));
    }

    public IParseNode? GetChildNode(string identifier) => Record<IParseNode?>(nameof(GetChildNode), null);

    private T Record<T>(string getter, T returned)
    {
        Calls++;
        Getter = getter;
        Returned = returned;
        return returned;
    }
}
