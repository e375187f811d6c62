namespace Kwiga.Generator.Drift;

/// <summary>
/// Reads the docs text dump. Operations come from curl examples and from the endpoint lines
/// (<c>GET https://api.kwiga.com/...</c>) that head each parameter table; the data schemas come from the
/// section after <see cref="DocsPatterns.SchemaSectionHeading"/>.
/// </summary>
public static class DocsParser
{
    /// <summary>Parses a docs file.</summary>
    public static DocsModel ParseFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path}: docs file not found", path);
        }

        return Parse(File.ReadAllLines(path));
    }

    /// <summary>Parses the lines of a docs dump.</summary>
    public static DocsModel Parse(IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var schemaStart = Enumerable.Range(0, lines.Count)
            .FirstOrDefault(i => lines[i].Trim() == DocsPatterns.SchemaSectionHeading, lines.Count);

        var operations = new EndpointSectionParser().Parse(lines, 0, schemaStart);
        var schemas = SchemaSectionParser.Parse(lines, schemaStart + 1, lines.Count);
        return new DocsModel(operations, schemas);
    }
}
