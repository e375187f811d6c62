using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;
using Kwiga.Sdk.Internal;
using Microsoft.Kiota.Serialization.Json;

namespace Kwiga.Sdk.Serialization;

/// <summary>
/// A JSON parse node that reads what the KWIGA server really sends rather than what the docs
/// promise. Kiota's own node returns null whenever the wire type differs from the schema type
/// (kiota-dotnet#550); this one converts where the value survives conversion (a number read as a
/// string, <c>"10.00"</c> read as a decimal, <c>[]</c> read as an empty map) and, where it cannot,
/// keeps the raw value in the model's <see cref="IAdditionalDataHolder.AdditionalData"/> under the
/// field's name — so no value the server sends is lost.
/// </summary>
internal sealed class LenientJsonParseNode : IParseNode
{
    private readonly JsonElement _element;
    private JsonParseNode? _inner;

    /// <summary>Creates a node over <paramref name="element"/>.</summary>
    public LenientJsonParseNode(JsonElement element)
    {
        _element = element;
    }

    // Only dates, GUIDs, enums, byte arrays, untyped values and numbers off the fast path need
    // Kiota's node: build it on first use rather than once per value.
    private JsonParseNode Inner => _inner ??= new JsonParseNode(_element, LenientSerializationContext.Default);

    /// <summary>True when the last typed read could not represent the wire value.</summary>
    internal bool Mismatched { get; private set; }

    /// <inheritdoc />
    public Action<IParsable>? OnBeforeAssignFieldValues { get; set; }

    /// <inheritdoc />
    public Action<IParsable>? OnAfterAssignFieldValues { get; set; }

    /// <inheritdoc />
    public string? GetStringValue() => _element.ValueKind switch
    {
        JsonValueKind.String => _element.GetString(),
        JsonValueKind.Number => _element.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => MissString(),
    };

    /// <inheritdoc />
    public bool? GetBoolValue() => _element.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number when _element.TryGetInt64(out var n) && n is 0 or 1 => n == 1,
        JsonValueKind.String when _element.GetString() is "1" or "true" => true,
        JsonValueKind.String when _element.GetString() is "0" or "false" => false,
        _ => Miss<bool>(),
    };

    /// <inheritdoc />
    public byte? GetByteValue() =>
        _element.ValueKind == JsonValueKind.Number && _element.TryGetByte(out var value) ? value : Number(static n => n.Inner.GetByteValue());

    /// <inheritdoc />
    public sbyte? GetSbyteValue() =>
        _element.ValueKind == JsonValueKind.Number && _element.TryGetSByte(out var value) ? value : Number(static n => n.Inner.GetSbyteValue());

    /// <inheritdoc />
    public int? GetIntValue() =>
        _element.ValueKind == JsonValueKind.Number && _element.TryGetInt32(out var value) ? value : Number(static n => n.Inner.GetIntValue());

    /// <inheritdoc />
    public float? GetFloatValue() =>
        _element.ValueKind == JsonValueKind.Number && _element.TryGetSingle(out var value) ? value : Number(static n => n.Inner.GetFloatValue());

    /// <inheritdoc />
    public long? GetLongValue() =>
        _element.ValueKind == JsonValueKind.Number && _element.TryGetInt64(out var value) ? value : Number(static n => n.Inner.GetLongValue());

    /// <inheritdoc />
    public double? GetDoubleValue() =>
        _element.ValueKind == JsonValueKind.Number && _element.TryGetDouble(out var value) ? value : Number(static n => n.Inner.GetDoubleValue());

    /// <inheritdoc />
    public decimal? GetDecimalValue() =>
        _element.ValueKind == JsonValueKind.Number && _element.TryGetDecimal(out var value) ? value : Number(static n => n.Inner.GetDecimalValue());

    /// <inheritdoc />
    public Guid? GetGuidValue() => Checked(Inner.GetGuidValue());

    /// <inheritdoc />
    public DateTimeOffset? GetDateTimeOffsetValue() => Checked(Inner.GetDateTimeOffsetValue());

    /// <inheritdoc />
    public TimeSpan? GetTimeSpanValue() => Checked(Inner.GetTimeSpanValue());

    /// <inheritdoc />
    public Date? GetDateValue() => Checked(Inner.GetDateValue());

    /// <inheritdoc />
    public Time? GetTimeValue() => Checked(Inner.GetTimeValue());

    /// <inheritdoc />
    public byte[]? GetByteArrayValue() => Inner.GetByteArrayValue();

    /// <inheritdoc />
    public T? GetEnumValue<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] T>() where T : struct, Enum
        => Checked(Inner.GetEnumValue<T>());

    /// <inheritdoc />
    public IEnumerable<T?> GetCollectionOfEnumValues<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] T>() where T : struct, Enum
    {
        if (_element.ValueKind != JsonValueKind.Array)
        {
            Mismatched = true;
            yield break;
        }

        foreach (var item in _element.EnumerateArray())
        {
            yield return Child(item).GetEnumValue<T>();
        }
    }

    /// <inheritdoc />
    public IEnumerable<T> GetCollectionOfPrimitiveValues<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] T>()
    {
        if (_element.ValueKind != JsonValueKind.Array)
        {
            Mismatched = true;
            return [];
        }

        var items = new List<T>();
        foreach (var item in _element.EnumerateArray())
        {
            var child = Child(item);
            var value = PrimitiveReader.Read(child, typeof(T));

            // One unreadable item, or a null in a list of numbers, would be silently dropped (or read
            // as 0): keep the whole array raw instead.
            if (child.Mismatched || (value is null && default(T) is not null))
            {
                Mismatched = true;
                return [];
            }

            items.Add((T)value!);
        }

        return items;
    }

    /// <inheritdoc />
    public IEnumerable<T> GetCollectionOfObjectValues<T>(ParsableFactory<T> factory) where T : IParsable
    {
        if (_element.ValueKind != JsonValueKind.Array)
        {
            Mismatched = true;
            return [];
        }

        var items = new List<T>();
        foreach (var item in _element.EnumerateArray())
        {
            var child = Child(item);
            var value = child.GetObjectValue(factory);
            if (child.Mismatched)
            {
                Mismatched = true;
                return [];
            }

            items.Add(value);
        }

        return items;
    }

    /// <inheritdoc />
    public T GetObjectValue<T>(ParsableFactory<T> factory) where T : IParsable
    {
        if (typeof(T) == typeof(UntypedNode))
        {
            return Inner.GetObjectValue(factory);
        }

        var isObject = _element.ValueKind == JsonValueKind.Object;

        // PHP encodes an empty map as []: an empty object is the same value.
        var isPhpEmptyMap = _element.ValueKind == JsonValueKind.Array && _element.GetArrayLength() == 0;
        if (!isObject && !isPhpEmptyMap)
        {
            // A scalar where an object was expected (the docs' "string" for what the wire sends as
            // {id, name}): a model that the contract says also comes bare keeps it (IBareValue);
            // otherwise no object is invented and the parent keeps the raw value in AdditionalData.
            if (BareText() is { } text && factory(this) is IBareValue bare)
            {
                bare.BareValue = text;
                return (T)bare;
            }

            Mismatched = _element.ValueKind != JsonValueKind.Null;
            return default!;
        }

        var item = factory(this);
        OnBeforeAssignFieldValues?.Invoke(item);
        if (isObject)
        {
            AssignFieldValues(item);
        }

        OnAfterAssignFieldValues?.Invoke(item);
        return item;
    }

    /// <inheritdoc />
    public IParseNode? GetChildNode(string identifier)
    {
        Guard.NotNull(identifier, nameof(identifier));
        return _element.ValueKind == JsonValueKind.Object && _element.TryGetProperty(identifier, out var child)
            ? Child(child)
            : null;
    }

    /// <summary>The text of a string, number or boolean; null for anything else.</summary>
    private string? BareText() => _element.ValueKind switch
    {
        JsonValueKind.String => _element.GetString(),
        JsonValueKind.Number => _element.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => null,
    };

    /// <summary>The raw value, as Kiota keeps unknown properties (an <see cref="UntypedNode"/> for arrays and objects).</summary>
    internal object? RawValue() => _element.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => _element.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number => _element.TryGetDecimal(out var d) ? d : _element.GetDouble(),
        _ => Inner.GetObjectValue<UntypedNode>(UntypedNode.CreateFromDiscriminatorValue),
    };

    private void AssignFieldValues(IParsable item)
    {
        var holder = item as IAdditionalDataHolder;
        if (holder is not null)
        {
            holder.AdditionalData ??= new Dictionary<string, object>();
        }

        var deserializers = item.GetFieldDeserializers();
        foreach (var property in _element.EnumerateObject())
        {
            if (deserializers.TryGetValue(property.Name, out var deserialize))
            {
                if (property.Value.ValueKind == JsonValueKind.Null)
                {
                    continue;
                }

                var child = Child(property.Value);
                deserialize(child);
                if (child.Mismatched && holder is not null)
                {
                    // The typed property could not hold the wire value: keep it raw, under its wire name.
                    holder.AdditionalData[property.Name] = child.RawValue()!;
                }
            }
            else if (item is ITypedMap map && property.Value.ValueKind == JsonValueKind.Object && holder is not null)
            {
                // A map whose values have a schema: each value typed, kept where Kiota writes it back from.
                holder.AdditionalData[property.Name] = Child(property.Value).GetObjectValue(map.EntryFactory);
            }
            else if (holder is not null)
            {
                var value = Child(property.Value).RawValue();
                if (value is not null && !holder.AdditionalData.ContainsKey(property.Name))
                {
                    holder.AdditionalData[property.Name] = value;
                }
            }
        }
    }

    private LenientJsonParseNode Child(JsonElement element) => new(element)
    {
        OnBeforeAssignFieldValues = OnBeforeAssignFieldValues,
        OnAfterAssignFieldValues = OnAfterAssignFieldValues,
    };

    // Static lambdas over the node: no closure and no delegate allocated per read.
    private T? Number<T>(Func<LenientJsonParseNode, T?> read) where T : struct
    {
        if (_element.ValueKind is not (JsonValueKind.Number or JsonValueKind.String))
        {
            return Miss<T>();
        }

        try
        {
            return Checked(read(this));
        }
        catch (Exception e) when (e is JsonException or FormatException or OverflowException or InvalidOperationException)
        {
            // "paid" where an integer was documented, or 2^40 for an int: not representable, kept raw.
            return Miss<T>();
        }
    }

    private T? Checked<T>(T? value) where T : struct
    {
        if (value is null && _element.ValueKind != JsonValueKind.Null)
        {
            Mismatched = true;
        }

        return value;
    }

    private T? Miss<T>() where T : struct
    {
        Mismatched = _element.ValueKind != JsonValueKind.Null;
        return null;
    }

    private string? MissString()
    {
        Mismatched = _element.ValueKind != JsonValueKind.Null;
        return null;
    }
}
