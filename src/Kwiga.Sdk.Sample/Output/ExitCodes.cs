namespace Kwiga.Sdk.Sample.Output;

/// <summary>The process exit codes (also listed in the usage text).</summary>
internal static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The API refused the request or could not be reached.</summary>
    public const int ApiFailure = 1;

    /// <summary>Bad arguments or environment variables.</summary>
    public const int Usage = 2;

    /// <summary>Ctrl+C.</summary>
    public const int Cancelled = 130;
}
