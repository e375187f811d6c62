namespace Kwiga.Generator.Drift;

/// <summary>
/// Parses the data-schema section: a PascalCase heading, a blank line, then field rows
/// (<c>name type [nullable] [conditional]</c>) each followed by at most one "Conditional: ..." note and at
/// most one description line. The dump lost some rows' first line; what is left is a note or description
/// that arrives when the current field already has one: that starts an unnamed field. A block of fields
/// with no heading is a schema whose heading was lost.
/// </summary>
internal static class SchemaSectionParser
{
    public static IReadOnlyList<DocSchema> Parse(IReadOnlyList<string> lines, int start, int end)
    {
        var schemas = new List<DocSchema>();
        DocSchema? current = null;
        var state = new FieldState();
        var blockClosed = true;

        for (var i = start; i < end; i++)
        {
            var line = lines[i].Trim();
            var lineNo = i + 1;
            if (line.Length == 0)
            {
                blockClosed = current is null || current.Fields.Count > 0;
                continue;
            }

            if (DocsPatterns.SchemaHeading().IsMatch(line))
            {
                current = new DocSchema(line, lineNo);
                schemas.Add(current);
                state = new FieldState();
                blockClosed = false;
                continue;
            }

            if (current is null || blockClosed)
            {
                current = new DocSchema(null, lineNo); // heading lost, or a group title such as "Контакти"
                schemas.Add(current);
                state = new FieldState();
                blockClosed = false;
            }

            ReadLine(current, state, line, lineNo);
        }

        // Group titles ("Email", "Контакти") become empty or nameless blocks; keep only real schemas.
        return schemas.Where(s => s.Fields.Any(f => f.IsNamed)).ToList();
    }

    private static void ReadLine(DocSchema schema, FieldState state, string line, int lineNo)
    {
        if (DocsPatterns.FieldRow().Match(line) is { Success: true } row)
        {
            var flags = row.Groups["flags"].Value;
            schema.Fields.Add(new DocField(
                row.Groups["name"].Value,
                row.Groups["type"].Value,
                flags.Contains("nullable", StringComparison.Ordinal),
                flags.Contains("conditional", StringComparison.Ordinal),
                lineNo,
                null));
            state.Reset(hasField: true);
            return;
        }

        var note = DocsPatterns.ConditionalNote().Match(line);
        var isNote = note.Success;
        var continuesField = state.HasField && (isNote ? !state.HasNote && !state.HasDescription : !state.HasDescription);
        if (!continuesField)
        {
            schema.Fields.Add(new DocField(null, null, false, isNote, lineNo, line));
            state.Reset(hasField: true);
        }
        else if (schema.Fields[^1].IsNamed)
        {
            // keep what a suggested property needs: its description and condition
            schema.Fields[^1] = isNote
                ? schema.Fields[^1] with { Condition = note.Groups["text"].Value.Trim() }
                : schema.Fields[^1] with { Description = line };
        }

        if (isNote)
        {
            state.HasNote = true;
        }
        else
        {
            state.HasDescription = true;
        }
    }

    private sealed class FieldState
    {
        public bool HasField { get; private set; }

        public bool HasNote { get; set; }

        public bool HasDescription { get; set; }

        public void Reset(bool hasField)
        {
            HasField = hasField;
            HasNote = false;
            HasDescription = false;
        }
    }
}
