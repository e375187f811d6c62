namespace Kwiga.Sdk.Internal;

/// <summary>Argument checks that also compile for netstandard2.0 (no <c>ArgumentNullException.ThrowIfNull</c> there).</summary>
internal static class Guard
{
    public static T NotNull<T>(T? value, string name) where T : class =>
        value ?? throw new ArgumentNullException(name);
}
