using Microsoft.OpenApi;

namespace Kwiga.Generator.Diff;

/// <summary>Where a schema being compared sits: its location text, side and, for parameters, the name.</summary>
/// <param name="Location">Location text used in reports.</param>
/// <param name="Scope">Input or output side.</param>
/// <param name="IsRoot">True for the body or parameter itself, false for a nested property.</param>
/// <param name="ParameterName">Name of the parameter when <see cref="Scope"/> is a parameter.</param>
/// <param name="ParameterIn">Where the parameter goes (path, query, header) when <see cref="Scope"/> is a parameter.</param>
public sealed record SchemaSite(
    string Location, SchemaScope Scope, bool IsRoot = true, string? ParameterName = null, ParameterLocation? ParameterIn = null)
{
    /// <summary>The site of a property: <c>request:email</c>, then <c>request:address.city</c>.</summary>
    public SchemaSite Property(string name) => this with
    {
        Location = IsRoot ? $"{Location}:{name}" : $"{Location}.{name}",
        Scope = Scope == SchemaScope.Parameter ? SchemaScope.Request : Scope,
        IsRoot = false,
        ParameterName = null,
        ParameterIn = null,
    };

    /// <summary>The site of array items: <c>...tags[]</c>.</summary>
    public SchemaSite Items() => this with { Location = IsRoot ? $"{Location}:[]" : $"{Location}[]", IsRoot = false };

    /// <summary>The site of map values (<c>additionalProperties</c>): <c>...metadata{*}</c>.</summary>
    public SchemaSite Values() => this with { Location = IsRoot ? $"{Location}:{{*}}" : $"{Location}{{*}}", IsRoot = false };

    /// <summary>Scoped kind id, e.g. <c>request-property-type-changed</c> for suffix <c>type-changed</c>.</summary>
    public string Kind(string suffix) => $"{Scope.KindPrefix()}-{suffix}";
}
