using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;

namespace Kwiga.Sdk.Serialization.Binding;

/// <summary>
/// The root node of a JSON response body. An object read into a model with a <see cref="ModelPlan"/>
/// (and no assignment callbacks) is bound straight from the UTF-8 bytes by <see cref="ModelBinder"/>;
/// every other read goes to a <see cref="LenientJsonParseNode"/> over the parsed document. Either way
/// the result is what <see cref="LenientJsonParseNode"/> gives. Like every root node Kiota's adapter
/// creates, it is read once: after a bound read the pooled buffer is returned.
/// </summary>
internal sealed class BufferedJsonParseNode(PooledBody body) : IParseNode
{
    private LenientJsonParseNode? _lenient;

    /// <inheritdoc />
    public Action<IParsable>? OnBeforeAssignFieldValues { get; set; }

    /// <inheritdoc />
    public Action<IParsable>? OnAfterAssignFieldValues { get; set; }

    /// <inheritdoc />
    public T GetObjectValue<T>(ParsableFactory<T> factory) where T : IParsable
    {
        if (_lenient is null && OnBeforeAssignFieldValues is null && OnAfterAssignFieldValues is null
            && ModelPlan.For(Guard(factory)) is { } plan)
        {
            var reader = new Utf8JsonReader(body.Bytes.Span);
            if (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
            {
                var item = (T)ModelBinder.BindObject(ref reader, plan);

                // Trailing content is an error, as it is for JsonDocument.
                reader.Read();
                body.Return();
                return item;
            }
        }

        return Lenient().GetObjectValue(factory);
    }

    /// <inheritdoc />
    public IEnumerable<T> GetCollectionOfObjectValues<T>(ParsableFactory<T> factory) where T : IParsable => Lenient().GetCollectionOfObjectValues(factory);

    /// <inheritdoc />
    public IParseNode? GetChildNode(string identifier) => Lenient().GetChildNode(identifier);

    /// <inheritdoc />
    public string? GetStringValue() => Lenient().GetStringValue();

    /// <inheritdoc />
    public bool? GetBoolValue() => Lenient().GetBoolValue();

    /// <inheritdoc />
    public byte? GetByteValue() => Lenient().GetByteValue();

    /// <inheritdoc />
    public sbyte? GetSbyteValue() => Lenient().GetSbyteValue();

    /// <inheritdoc />
    public int? GetIntValue() => Lenient().GetIntValue();

    /// <inheritdoc />
    public float? GetFloatValue() => Lenient().GetFloatValue();

    /// <inheritdoc />
    public long? GetLongValue() => Lenient().GetLongValue();

    /// <inheritdoc />
    public double? GetDoubleValue() => Lenient().GetDoubleValue();

    /// <inheritdoc />
    public decimal? GetDecimalValue() => Lenient().GetDecimalValue();

    /// <inheritdoc />
    public Guid? GetGuidValue() => Lenient().GetGuidValue();

    /// <inheritdoc />
    public DateTimeOffset? GetDateTimeOffsetValue() => Lenient().GetDateTimeOffsetValue();

    /// <inheritdoc />
    public TimeSpan? GetTimeSpanValue() => Lenient().GetTimeSpanValue();

    /// <inheritdoc />
    public Date? GetDateValue() => Lenient().GetDateValue();

    /// <inheritdoc />
    public Time? GetTimeValue() => Lenient().GetTimeValue();

    /// <inheritdoc />
    public byte[]? GetByteArrayValue() => Lenient().GetByteArrayValue();

    /// <inheritdoc />
    public T? GetEnumValue<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] T>() where T : struct, Enum
        => Lenient().GetEnumValue<T>();

    /// <inheritdoc />
    public IEnumerable<T?> GetCollectionOfEnumValues<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] T>() where T : struct, Enum
        => Lenient().GetCollectionOfEnumValues<T>();

    /// <inheritdoc />
    public IEnumerable<T> GetCollectionOfPrimitiveValues<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] T>()
        => Lenient().GetCollectionOfPrimitiveValues<T>();

    private static ParsableFactory<T> Guard<T>(ParsableFactory<T> factory) where T : IParsable =>
        factory ?? throw new ArgumentNullException(nameof(factory));

    /// <summary>The lenient node over the parsed body (callbacks passed on at every read, as they may be set late).</summary>
    private LenientJsonParseNode Lenient()
    {
        if (_lenient is null)
        {
            using var document = JsonDocument.Parse(body.Bytes);
            _lenient = new LenientJsonParseNode(document.RootElement.Clone());
            body.Return();
        }

        _lenient.OnBeforeAssignFieldValues = OnBeforeAssignFieldValues;
        _lenient.OnAfterAssignFieldValues = OnAfterAssignFieldValues;
        return _lenient;
    }
}
