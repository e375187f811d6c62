using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Microsoft.Kiota.Abstractions.Serialization;

namespace Kwiga.Sdk.Serialization.Binding;

/// <summary>
/// Builds a <see cref="ModelPlan"/> by watching a prototype's generated field deserializers once: each
/// is invoked with a <see cref="ProbeParseNode"/>, and the one public property whose value changed to
/// what the probe returned is the one it assigns (found by its name first, by a scan of every property
/// when the name does not match). Anything unexpected (a factory that reads its node,
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

            var properties = AssignableProperties(typeof(T));
            var fields = ByName<T>(factory, deserializers, properties) ?? ByScan<T>(prototype, deserializers, properties);
            if (fields is null)
            {
                return null;
            }

            return new ModelPlan(factory, () => factory(Unread), [.. fields]);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A model the probe cannot drive is still read correctly, just leniently.
            return null;
        }
    }

    /// <summary>
    /// The quick way, taken first: Kiota names a field's property after its wire name, so each field's
    /// deserializer runs on a fresh prototype and only that property is read, once. Reading each property
    /// once keeps reflection on its interpreted path; the scan below reads every property twice per
    /// field, which makes the runtime emit and JIT an invoke stub per property (~130 at the first
    /// response of a course users page: most of the plan's cost in a cold process). Null when any field
    /// does not match its name, then the scan decides.
    /// </summary>
    [RequiresDynamicCode("Instantiates the generic binder types for the model's property types.")]
    [UnconditionalSuppressMessage("Trimming", "IL2090", Justification = "See Build.")]
    internal static FieldBinder[]? ByName<T>(ParsableFactory<T> factory, Dictionary<string, Action<IParseNode>> deserializers, PropertyInfo[] properties) where T : IParsable
    {
        var byName = new Dictionary<string, PropertyInfo>(StringComparer.Ordinal);
        foreach (var property in properties)
        {
            var name = Normalized(property.Name);
            if (byName.ContainsKey(name))
            {
                return null;
            }

            byName.Add(name, property);
        }

        var fields = new FieldBinder[deserializers.Count];
        var i = 0;
        foreach (var deserializer in deserializers)
        {
            // A fresh prototype per field (its deserializers are bound to it): what the property holds
            // afterwards is what this field assigned, not what another field or a default left there.
            var prototype = factory(Unread);
            var probe = new ProbeParseNode();
            if (prototype.GetFieldDeserializers().TryGetValue(deserializer.Key, out var own))
            {
                own(probe);
            }

            // Kiota appends "Escaped" to a name its base class already has (an error's "message").
            if (probe.Calls != 1
                || !(byName.TryGetValue(Normalized(deserializer.Key), out var property) || byName.TryGetValue(Normalized(deserializer.Key) + "escaped", out property)))
            {
                return null;
            }

            var assigned = property.GetValue(prototype);
            if (!ReferenceEquals(assigned, probe.Returned) && !(assigned is ValueType && Equals(assigned, probe.Returned))
                || FieldBinders.Create(typeof(T), deserializer.Key, probe, property, assigned) is not { } field)
            {
                return null;
            }

            fields[i++] = field;
        }

        return fields;
    }

    /// <summary>
    /// The sure way: watch every property around each field's deserializer; exactly one may change, to
    /// what the probe returned. Null when any field does not fit (the lenient node then reads the type).
    /// </summary>
    [RequiresDynamicCode("Instantiates the generic binder types for the model's property types.")]
    [UnconditionalSuppressMessage("Trimming", "IL2090", Justification = "See Build.")]
    internal static FieldBinder[]? ByScan<T>(T prototype, Dictionary<string, Action<IParseNode>> deserializers, PropertyInfo[] properties) where T : IParsable
    {
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

        return [.. fields];
    }

    /// <summary>The public properties a field deserializer can assign: readable, publicly settable, not indexers.</summary>
    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "See Build: a property a trimmed application dropped is not found, and the lenient node reads the model.")]
    internal static PropertyInfo[] AssignableProperties(Type model) =>
        model.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetSetMethod() is not null && p.GetIndexParameters().Length == 0)
            .ToArray();

    /// <summary><c>lessons_viewed_percentage</c> and <c>LessonsViewedPercentage</c> alike: <c>lessonsviewedpercentage</c>.</summary>
    private static string Normalized(string name)
    {
        var builder = new System.Text.StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    private static bool IsOrdinal(IEqualityComparer<string> comparer) =>
        ReferenceEquals(comparer, EqualityComparer<string>.Default) || ReferenceEquals(comparer, StringComparer.Ordinal);
}
