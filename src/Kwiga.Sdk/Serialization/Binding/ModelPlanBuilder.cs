using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Microsoft.Kiota.Abstractions.Serialization;

namespace Kwiga.Sdk.Serialization.Binding;

/// <summary>
/// Builds a <see cref="ModelPlan"/> by watching a prototype's generated field deserializers once: each
/// is invoked with a <see cref="ProbeParseNode"/>, and the one public property whose value changed to
/// what the probe returned is the one it assigns. Anything unexpected (a factory that reads its node,
/// a deserializer that calls no getter or two, assigns no property or two, a property of another
/// type) yields no plan: the type is then read by <see cref="LenientJsonParseNode"/> as before. The
/// same holds in a trimmed application that dropped a property's metadata or accessor.
/// </summary>
internal static class ModelPlanBuilder
{
    /// <summary>The node given to factories the builder has seen read nothing from it.</summary>
    private static readonly ProbeParseNode Unread = new();

    [RequiresDynamicCode("Instantiates the generic binder types for the model's property types.")]
    [UnconditionalSuppressMessage("Trimming", "IL2090", Justification = "A property a trimmed application dropped is not found, so no plan is built and the lenient node reads the model (see the class summary).")]
    public static ModelPlan? Build<T>(ParsableFactory<T> factory) where T : IParsable
    {
        if (typeof(UntypedNode).IsAssignableFrom(typeof(T)) || typeof(ITypedMap).IsAssignableFrom(typeof(T)))
        {
            // The lenient node reads untyped values itself, not through a model's fields, and the
            // values of a typed map (keys that are not fields) into their schema's model.
            return null;
        }

        try
        {
            var factoryProbe = new ProbeParseNode();
            var prototype = factory(factoryProbe);
            if (factoryProbe.Calls != 0 || prototype is null || prototype.GetType() != typeof(T)
                || prototype.GetFieldDeserializers() is not Dictionary<string, Action<IParseNode>> deserializers
                || !IsOrdinal(deserializers.Comparer))
            {
                return null;
            }

            var properties = typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.CanRead && p.GetSetMethod() is not null && p.GetIndexParameters().Length == 0)
                .ToArray();
            var fields = new List<FieldBinder>(deserializers.Count);
            foreach (var deserializer in deserializers)
            {
                var probe = new ProbeParseNode();
                var before = properties.Select(p => p.GetValue(prototype)).ToArray();
                deserializer.Value(probe);
                var assigned = properties.Where((p, i) => !Equals(before[i], p.GetValue(prototype))).ToList();
                if (probe.Calls != 1 || assigned.Count != 1
                    || FieldBinders.Create(typeof(T), deserializer.Key, probe, assigned[0], assigned[0].GetValue(prototype)) is not { } field)
                {
                    return null;
                }

                fields.Add(field);
            }

            return new ModelPlan(factory, () => factory(Unread), [.. fields]);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A model the probe cannot drive is still read correctly, just leniently.
            return null;
        }
    }

    private static bool IsOrdinal(IEqualityComparer<string> comparer) =>
        ReferenceEquals(comparer, EqualityComparer<string>.Default) || ReferenceEquals(comparer, StringComparer.Ordinal);
}
