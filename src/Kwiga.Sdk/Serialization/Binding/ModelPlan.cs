using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Microsoft.Kiota.Abstractions.Serialization;

namespace Kwiga.Sdk.Serialization.Binding;

/// <summary>
/// How to bind one generated model type without calling its <c>GetFieldDeserializers()</c>: how to
/// create it and a binder per wire name. Built once per type by <see cref="ModelPlanBuilder"/>; a type
/// the builder cannot explain has no plan and is read by <see cref="LenientJsonParseNode"/>.
/// </summary>
internal sealed class ModelPlan
{
    private static readonly ConcurrentDictionary<Type, ModelPlan?> Plans = new();

    private readonly FieldBinder[] _fields;
    private readonly Dictionary<string, FieldBinder> _byName;

    public ModelPlan(Delegate factory, Func<IParsable> create, FieldBinder[] fields)
    {
        Factory = factory;
        Create = create;
        _fields = fields;
        _byName = fields.ToDictionary(f => f.Name, StringComparer.Ordinal);
    }

    /// <summary>The factory the plan was built with; another factory for the same type gets no plan.</summary>
    public Delegate Factory { get; }

    /// <summary>Creates an instance (the factory, which the builder saw read nothing from its node).</summary>
    public Func<IParsable> Create { get; }

    /// <summary>
    /// The plan for <typeparamref name="T"/> created by <paramref name="factory"/>, or null to read it
    /// leniently. Native AOT has no plans: building one instantiates generic binder types at run
    /// time, which native code cannot; the lenient node reads every model there.
    /// </summary>
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Guarded: plans are built only where RuntimeFeature.IsDynamicCodeSupported.")]
    public static ModelPlan? For<T>(ParsableFactory<T> factory) where T : IParsable
    {
        if (!DynamicCodeSupported)
        {
            return null;
        }

        if (!Plans.TryGetValue(typeof(T), out var plan))
        {
            plan = Plans.GetOrAdd(typeof(T), ModelPlanBuilder.Build(factory));
        }

        return plan is not null && plan.Factory.Equals(factory) ? plan : null;
    }

#if NET
    private static bool DynamicCodeSupported => System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported;
#else
    private static bool DynamicCodeSupported => true;
#endif

    /// <summary>
    /// The binder of the property name the reader is on, or null for a field the model does not know.
    /// <paramref name="next"/> is where the search starts: servers send fields in a fixed order, so the
    /// field after the previous match is nearly always the one.
    /// </summary>
    public FieldBinder? Find(ref Utf8JsonReader reader, ref int next)
    {
        if (reader.ValueIsEscaped)
        {
            return _byName.TryGetValue(reader.GetString()!, out var named) ? named : null;
        }

        var name = reader.ValueSpan;
        for (var i = 0; i < _fields.Length; i++)
        {
            var index = next + i;
            if (index >= _fields.Length)
            {
                index -= _fields.Length;
            }

            if (name.SequenceEqual(_fields[index].Utf8Name))
            {
                next = index + 1 == _fields.Length ? 0 : index + 1;
                return _fields[index];
            }
        }

        return null;
    }
}
