namespace Kwiga.Sdk.Authentication;

/// <summary>The two headers that carry a cabinet's credentials, and the rule for what counts as one.</summary>
internal static class CredentialHeaders
{
    /// <summary>The API token header.</summary>
    public const string Token = "Token";

    /// <summary>The cabinet hash header.</summary>
    public const string CabinetHash = "Cabinet-Hash";

    /// <summary>
    /// Whether a header's value must never be logged or carried elsewhere: KWIGA's two credentials, and
    /// the standard ones a user's own handlers may add (HTTP header names are case-insensitive).
    /// </summary>
    public static bool IsSecret(string name) =>
        string.Equals(name, Token, StringComparison.OrdinalIgnoreCase)
        || string.Equals(name, CabinetHash, StringComparison.OrdinalIgnoreCase)
        || string.Equals(name, "Authorization", StringComparison.OrdinalIgnoreCase)
        || string.Equals(name, "Proxy-Authorization", StringComparison.OrdinalIgnoreCase)
        || string.Equals(name, "Cookie", StringComparison.OrdinalIgnoreCase)
        || string.Equals(name, "Set-Cookie", StringComparison.OrdinalIgnoreCase);
}
