namespace Kwiga.Generator.Contracts;

/// <summary>Builds RFC 6901 JSON pointers (with the <c>#</c> fragment prefix) into a contract.</summary>
public static class ContractPointer
{
    /// <summary>Pointer to the document root.</summary>
    public const string Root = "#";

    /// <summary>Appends escaped segments to a pointer.</summary>
    public static string Append(string pointer, params string[] segments)
    {
        ArgumentNullException.ThrowIfNull(pointer);
        return segments.Aggregate(pointer, (current, segment) => current + "/" + Escape(segment));
    }

    /// <summary>Pointer to an operation: <c>#/paths/~1contacts/get</c>.</summary>
    public static string Operation(string path, string method) =>
        Append(Root, "paths", path, method.ToLowerInvariant());

    /// <summary>Pointer to a component schema.</summary>
    public static string ComponentSchema(string name) => Append(Root, "components", "schemas", name);

    private static string Escape(string segment) => segment.Replace("~", "~0").Replace("/", "~1");
}
