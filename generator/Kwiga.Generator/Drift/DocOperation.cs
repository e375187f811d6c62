using Kwiga.Generator.Contracts;

namespace Kwiga.Generator.Drift;

/// <summary>An operation seen in the docs (curl example or endpoint line), with what its tables say.</summary>
public sealed class DocOperation
{
    /// <summary>Creates an operation; <paramref name="path"/> uses <c>{name}</c> placeholders.</summary>
    public DocOperation(string method, string path, int line)
    {
        Method = method;
        Path = path;
        Line = line;
    }

    /// <summary>Upper-case HTTP method.</summary>
    public string Method { get; }

    /// <summary>Path template, e.g. <c>/contacts/{id}</c>.</summary>
    public string Path { get; internal set; }

    /// <summary>First line (1-based) where the docs show the operation.</summary>
    public int Line { get; }

    /// <summary>Method plus path shape, comparable with <see cref="ContractOperation.ShapeKey"/>.</summary>
    public string Key => $"{Method} {PathTemplate.Shape(Path)}";

    /// <summary>The line just before the operation's "request example" heading: its title or a sentence about it.</summary>
    public string? Title { get; internal set; }

    /// <summary>For a POST alias, the GET it mirrors.</summary>
    public DocOperation? AliasOf { get; internal set; }

    /// <summary>Parameters from the tables and from the curl example's query string.</summary>
    public List<DocParameter> Parameters { get; } = [];

    /// <summary>Fields named in the "response structure" part.</summary>
    public List<DocField> ResponseFields { get; } = [];

    /// <summary>True when a parameter table was found for the operation.</summary>
    public bool HasParameterTable { get; internal set; }

    /// <inheritdoc />
    public override string ToString() => $"{Method} {Path}";
}
