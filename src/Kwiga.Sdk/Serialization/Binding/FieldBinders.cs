using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;

namespace Kwiga.Sdk.Serialization.Binding;

/// <summary>
/// Turns what a <see cref="ProbeParseNode"/> recorded into the matching <see cref="FieldBinder"/>.
/// Trimming: the binder types keep their constructors (annotated), and anything else a trimmed
/// application lacks (a property's metadata or accessor) makes plan building throw or find no
/// property, and the model is then read by the lenient node, correctly (<see cref="ModelPlanBuilder"/>).
/// </summary>
[UnconditionalSuppressMessage("Trimming", "IL2055", Justification = "Instantiations of the binder types over the generated models' own types; a failure falls back to the lenient node.")]
[UnconditionalSuppressMessage("Trimming", "IL2067", Justification = "The binder type definitions passed to New keep their public constructors (annotated).")]
internal static class FieldBinders
{
    /// <summary>Getter → (property type, read through any node, fast token read or null).</summary>
    private static readonly Dictionary<string, (Type Type, Delegate Read, Delegate? Fast)> Scalars = new()
    {
        [nameof(IParseNode.GetStringValue)] = Scalar(static n => n.GetStringValue(), FastReads.String),
        [nameof(IParseNode.GetBoolValue)] = Scalar(static n => n.GetBoolValue(), FastReads.Bool),
        [nameof(IParseNode.GetByteValue)] = Scalar(static n => n.GetByteValue()),
        [nameof(IParseNode.GetSbyteValue)] = Scalar(static n => n.GetSbyteValue()),
        [nameof(IParseNode.GetIntValue)] = Scalar(static n => n.GetIntValue(), FastReads.Int),
        [nameof(IParseNode.GetFloatValue)] = Scalar(static n => n.GetFloatValue()),
        [nameof(IParseNode.GetLongValue)] = Scalar(static n => n.GetLongValue(), FastReads.Long),
        [nameof(IParseNode.GetDoubleValue)] = Scalar(static n => n.GetDoubleValue(), FastReads.Double),
        [nameof(IParseNode.GetDecimalValue)] = Scalar(static n => n.GetDecimalValue(), FastReads.Decimal),
        [nameof(IParseNode.GetGuidValue)] = Scalar(static n => n.GetGuidValue()),
        [nameof(IParseNode.GetDateTimeOffsetValue)] = Scalar(static n => n.GetDateTimeOffsetValue(), FastReads.DateTimeOffset),
        [nameof(IParseNode.GetTimeSpanValue)] = Scalar(static n => n.GetTimeSpanValue()),
        [nameof(IParseNode.GetDateValue)] = Scalar(static n => n.GetDateValue()),
        [nameof(IParseNode.GetTimeValue)] = Scalar(static n => n.GetTimeValue()),
        [nameof(IParseNode.GetByteArrayValue)] = Scalar(static n => n.GetByteArrayValue()),
    };

    /// <summary>Fast reads of list items, by item type; other item types are read leniently.</summary>
    private static readonly Dictionary<Type, Delegate> ListItems = new()
    {
        [typeof(string)] = new FastRead<string?>(FastReads.String),
        [typeof(int?)] = new FastRead<int?>(FastReads.Int),
        [typeof(long?)] = new FastRead<long?>(FastReads.Long),
    };

    /// <summary>The binder for the field the probe saw assigned to <paramref name="property"/>, or null if it cannot be bound safely.</summary>
    [RequiresDynamicCode("Instantiates the generic binder types for the property's type.")]
    public static FieldBinder? Create(Type model, string name, ProbeParseNode probe, PropertyInfo property, object? assigned)
    {
        var type = property.PropertyType;
        var element = probe.ElementType;
        if (probe.Getter is { } getter && Scalars.TryGetValue(getter, out var scalar))
        {
            return type == scalar.Type && Equals(assigned, probe.Returned)
                ? New(typeof(ScalarField<,>), [model, type], name, Setter(model, property), scalar.Read, scalar.Fast)
                : null;
        }

        return probe.Getter switch
        {
            nameof(IParseNode.GetEnumValue) when type == typeof(Nullable<>).MakeGenericType(element!) && Equals(assigned, probe.Returned) =>
                New(typeof(EnumField<,>), [model, element!], name, Setter(model, property)),
            nameof(IParseNode.GetObjectValue) when type == element && ReferenceEquals(assigned, probe.Returned) =>
                New(typeof(ObjectField<,>), [model, element!], name, Setter(model, property), probe.Factory),
            nameof(IParseNode.GetCollectionOfObjectValues) when type == typeof(List<>).MakeGenericType(element!) =>
                New(typeof(ObjectListField<,>), [model, element!], name, Setter(model, property), probe.Factory),
            nameof(IParseNode.GetCollectionOfPrimitiveValues) when type == typeof(List<>).MakeGenericType(element!) =>
                New(typeof(PrimitiveListField<,>), [model, element!], name, Setter(model, property), ListItems.TryGetValue(element!, out var item) ? item : null),
            nameof(IParseNode.GetCollectionOfEnumValues) when type == typeof(List<>).MakeGenericType(typeof(Nullable<>).MakeGenericType(element!)) =>
                New(typeof(EnumListField<,>), [model, element!], name, Setter(model, property)),
            _ => null,
        };
    }

    private static (Type, Delegate, Delegate?) Scalar<T>(Func<IParseNode, T> read, FastRead<T>? fast = null) => (typeof(T), read, fast);

    [RequiresDynamicCode("Instantiates a generic type.")]
    private static Delegate Setter(Type model, PropertyInfo property) =>
        Delegate.CreateDelegate(typeof(Action<,>).MakeGenericType(model, property.PropertyType), property.GetSetMethod()!);

    [RequiresDynamicCode("Instantiates a generic type.")]
    private static FieldBinder New([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] Type definition, Type[] arguments, params object?[] constructorArguments) =>
        (FieldBinder)Activator.CreateInstance(definition.MakeGenericType(arguments), constructorArguments)!;
}
