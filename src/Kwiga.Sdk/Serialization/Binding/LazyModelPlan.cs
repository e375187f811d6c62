using Microsoft.Kiota.Abstractions.Serialization;

namespace Kwiga.Sdk.Serialization.Binding;

/// <summary>
/// The plan of a nested model, looked up on first use rather than when the parent's plan is built
/// (types can nest themselves). A race only costs a second lookup, or one lenient read.
/// </summary>
internal sealed class LazyModelPlan<T>(ParsableFactory<T> factory)
    where T : IParsable
{
    private ModelPlan? _plan;
    private volatile bool _resolved;

    /// <summary>The plan, or null when <typeparamref name="T"/> is read by the lenient node.</summary>
    public ModelPlan? Value
    {
        get
        {
            if (!_resolved)
            {
                _plan = ModelPlan.For(factory);
                _resolved = true;
            }

            return _plan;
        }
    }
}
