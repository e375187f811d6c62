namespace Kwiga.Generator.Diff;

/// <summary>How a contract change affects existing integrations. Ordered by severity.</summary>
public enum ChangeClass
{
    /// <summary>Nothing that worked before stops working.</summary>
    NonBreaking = 0,

    /// <summary>The HTTP exchange is unchanged but the Kiota-generated C# changes, so SDK users' code may not compile.</summary>
    SdkBreaking = 1,

    /// <summary>Requests or responses on the wire change incompatibly: raw HTTP clients and the SDK both break.</summary>
    WireBreaking = 2,
}

/// <summary>Text forms of <see cref="ChangeClass"/> used in reports and data files.</summary>
public static class ChangeClassNames
{
    /// <summary><c>wire-breaking</c>, <c>sdk-breaking</c> or <c>non-breaking</c>.</summary>
    public static string ToId(this ChangeClass value) => value switch
    {
        ChangeClass.WireBreaking => "wire-breaking",
        ChangeClass.SdkBreaking => "sdk-breaking",
        _ => "non-breaking",
    };

    /// <summary>Section title for reports.</summary>
    public static string ToTitle(this ChangeClass value) => value switch
    {
        ChangeClass.WireBreaking => "Wire-breaking",
        ChangeClass.SdkBreaking => "SDK-breaking",
        _ => "Non-breaking",
    };

    /// <summary>Parses the id form.</summary>
    /// <exception cref="FormatException">Unknown text.</exception>
    public static ChangeClass Parse(string id) => id switch
    {
        "wire-breaking" => ChangeClass.WireBreaking,
        "sdk-breaking" => ChangeClass.SdkBreaking,
        "non-breaking" => ChangeClass.NonBreaking,
        _ => throw new FormatException($"unknown change class '{id}'"),
    };
}
