namespace Kwiga.Generator.Diff;

/// <summary>Which side of the exchange a schema describes; decides whether narrowing or widening breaks.</summary>
public enum SchemaScope
{
    /// <summary>A path, query or header parameter (input).</summary>
    Parameter,

    /// <summary>A request body or a property in it (input).</summary>
    Request,

    /// <summary>A response body or a property in it (output).</summary>
    Response,
}

/// <summary>Helpers for <see cref="SchemaScope"/>.</summary>
public static class SchemaScopeExtensions
{
    /// <summary>Prefix of the scoped change kinds: <c>parameter</c>, <c>request-property</c>, <c>response-property</c>.</summary>
    public static string KindPrefix(this SchemaScope scope) => scope switch
    {
        SchemaScope.Parameter => "parameter",
        SchemaScope.Request => "request-property",
        _ => "response-property",
    };

    /// <summary>True for data the client sends.</summary>
    public static bool IsInput(this SchemaScope scope) => scope != SchemaScope.Response;
}
