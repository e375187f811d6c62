namespace Kwiga.Generator.Drift;

/// <summary>
/// Parses the operations part of the dump. Parameter rows are <c>name type required|optional</c> followed
/// by description lines. The dump flattened nesting: rows after an <c>object</c>/<c>object[]</c> row are its
/// children until the next blank line (<c>filters</c> → <c>filters.date_from</c>); such names are marked
/// <see cref="DocParameter.ParentInferred"/>.
/// </summary>
internal sealed class EndpointSectionParser
{
    private readonly Dictionary<string, DocOperation> _byKey = new(StringComparer.Ordinal);
    private readonly List<DocOperation> _ordered = [];

    private enum Mode
    {
        None,
        Parameters,
        Response,
    }

    public IReadOnlyList<DocOperation> Parse(IReadOnlyList<string> lines, int start, int end)
    {
        DocOperation? current = null;
        DocOperation? lastGet = null;
        var mode = Mode.None;
        string? parent = null;
        var previousContent = string.Empty;
        string? title = null;

        for (var i = start; i < end; i++)
        {
            var line = lines[i].Trim();
            var lineNo = i + 1;
            if (line.Length == 0)
            {
                parent = null;
                continue;
            }

            if (DocsPatterns.CurlLine().Match(line) is { Success: true } curl)
            {
                var (path, query) = DocsPath.Split(curl.Groups["url"].Value);
                var op = Register(curl.Groups["method"].Value, path, lineNo, preferThisPath: true);
                op.Title ??= title;
                foreach (var name in DocsPath.QueryParameterNames(query))
                {
                    AddParameter(op, new DocParameter(name, "?", false, lineNo, DocParameterSource.Example));
                }
            }
            else if (DocsPatterns.EndpointLine().Match(line) is { Success: true } endpoint)
            {
                var (path, _) = DocsPath.Split(endpoint.Groups["url"].Value);
                current = Register(endpoint.Groups["method"].Value, path, lineNo, preferThisPath: false);
                if (previousContent == DocsPatterns.PostAliasHeading && current.Method == "POST")
                {
                    current.AliasOf = lastGet;
                }

                lastGet = current.Method == "GET" ? current : lastGet;
                mode = Mode.None;
            }
            else if (current is not null && DocsPatterns.ParameterTableHeadings.Contains(line))
            {
                mode = Mode.Parameters;
                current.HasParameterTable = true;
                parent = null;
            }
            else if (line == DocsPatterns.ResponseStructureHeading)
            {
                mode = current is null ? Mode.None : Mode.Response;
            }
            else if (DocsPatterns.ExampleHeadings.Contains(line))
            {
                mode = Mode.None;
                title = line == DocsPatterns.RequestExampleHeading ? previousContent : title;
            }
            else if (mode == Mode.Parameters)
            {
                parent = ReadParameterRow(current!, line, lineNo, parent);
            }
            else if (mode == Mode.Response)
            {
                ReadResponseLine(current!, line, lineNo);
            }

            previousContent = line;
        }

        foreach (var alias in _ordered.Where(o => o.AliasOf is not null))
        {
            alias.Parameters.AddRange(alias.AliasOf!.Parameters
                .Where(p => p.Source == DocParameterSource.Table)
                .Select(p => p with { Source = DocParameterSource.Alias }));
        }

        return _ordered;
    }

    private static string? ReadParameterRow(DocOperation op, string line, int lineNo, string? parent)
    {
        var row = DocsPatterns.ParameterRow().Match(line);
        if (!row.Success)
        {
            // description, default, possible values...: the first line describes the row
            var last = op.Parameters.Count - 1;
            if (last >= 0 && op.Parameters[last] is { Source: DocParameterSource.Table, Description: null } described)
            {
                op.Parameters[last] = described with { Description = line };
            }

            return parent;
        }

        var name = row.Groups["name"].Value;
        var type = row.Groups["type"].Value;
        var inferred = parent is not null && !name.Contains('.', StringComparison.Ordinal);
        var fullName = inferred ? $"{parent}.{name}" : name;
        AddParameter(op, new DocParameter(fullName, type, row.Groups["req"].Value == "required", lineNo, DocParameterSource.Table, inferred));
        return type is "object" or "object[]" ? fullName : parent;
    }

    private static void ReadResponseLine(DocOperation op, string line, int lineNo)
    {
        if (DocsPatterns.PaginationSentences.TryGetValue(line, out var field))
        {
            op.ResponseFields.Add(new DocField(field, "inferred", false, false, lineNo, line));
        }
        else if (DocsPatterns.FieldRow().Match(line) is { Success: true } row)
        {
            op.ResponseFields.Add(new DocField(row.Groups["name"].Value, row.Groups["type"].Value, false, false, lineNo, null));
        }
        else if (DocsPatterns.ConditionalNote().Match(line) is { Success: true } note)
        {
            op.ResponseFields.Add(new DocField(null, null, false, true, lineNo, note.Groups["text"].Value));
        }
    }

    private static void AddParameter(DocOperation op, DocParameter parameter)
    {
        if (op.Parameters.All(p => p.Name != parameter.Name || p.Source != parameter.Source))
        {
            op.Parameters.Add(parameter);
        }
    }

    private DocOperation Register(string method, string path, int lineNo, bool preferThisPath)
    {
        var op = new DocOperation(method, path, lineNo);
        if (_byKey.TryGetValue(op.Key, out var existing))
        {
            if (preferThisPath)
            {
                existing.Path = path; // the contract follows the curl examples' placeholder names
            }

            return existing;
        }

        _byKey[op.Key] = op;
        _ordered.Add(op);
        return op;
    }
}
