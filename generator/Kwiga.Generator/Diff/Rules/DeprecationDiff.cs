namespace Kwiga.Generator.Diff.Rules;

/// <summary>
/// <c>deprecated</c> flags of operations, parameters, properties and security schemes. Deprecating breaks
/// nobody yet (Kiota adds <c>[Obsolete]</c>, which only builds with warnings-as-errors notice); withdrawing a
/// deprecation is reported too, so reviewers see both directions.
/// </summary>
public static class DeprecationDiff
{
    /// <summary>Reports <paramref name="deprecatedKind"/> or <c>deprecation-removed</c> when the flag flips.</summary>
    public static void Compare(DiffContext ctx, bool was, bool now, string location, string deprecatedKind)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        if (was == now)
        {
            return;
        }

        if (now)
        {
            ctx.Add(deprecatedKind, location, "marked deprecated");
        }
        else
        {
            ctx.Add("deprecation-removed", location, "no longer deprecated");
        }
    }
}
