using System.IO.Compression;
using System.Reflection.Metadata;

/// <summary>
/// What a debugger of a user's application gets from the symbol package: every PDB maps its documents
/// to the repository through Source Link, under deterministic <c>/_/</c> paths, never the build
/// machine's folders.
/// </summary>
internal static class SymbolPackages
{
    private static readonly Guid SourceLink = new("CC110556-A091-4D38-9FEC-25AB9A351A6A");

    /// <summary>The problems of every PDB in the <c>.snupkg</c> files of <paramref name="folder"/>.</summary>
    public static List<string> Problems(string folder)
    {
        var problems = new List<string>();
        var symbols = Directory.GetFiles(folder, "*.snupkg");
        if (symbols.Length == 0)
        {
            problems.Add($"no symbol package in {folder}");
        }

        foreach (var package in symbols)
        {
            using var zip = ZipFile.OpenRead(package);
            foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".pdb", StringComparison.OrdinalIgnoreCase)))
            {
                using var stream = new MemoryStream();
                using (var pdb = entry.Open())
                {
                    pdb.CopyTo(stream);
                }

                stream.Position = 0;
                using var provider = MetadataReaderProvider.FromPortablePdbStream(stream);
                var reader = provider.GetMetadataReader();
                var where = $"{Path.GetFileName(package)}:{entry.FullName}";
                var sourceLink = reader.CustomDebugInformation
                    .Select(reader.GetCustomDebugInformation)
                    .Where(c => reader.GetGuid(c.Kind) == SourceLink)
                    .Select(c => System.Text.Encoding.UTF8.GetString(reader.GetBlobBytes(c.Value)))
                    .FirstOrDefault();
                if (sourceLink is null || !sourceLink.Contains("\"/_/*\"", StringComparison.Ordinal) || !sourceLink.Contains("https://", StringComparison.Ordinal))
                {
                    problems.Add($"{where}: no Source Link record for /_/ ({sourceLink ?? "none"})");
                }

                var absolute = reader.Documents.Select(d => reader.GetString(reader.GetDocument(d).Name)).Where(n => !n.StartsWith("/_/", StringComparison.Ordinal)).ToList();
                if (absolute.Count > 0)
                {
                    problems.Add($"{where}: {absolute.Count} document paths outside /_/, e.g. {absolute[0]}");
                }
            }
        }

        return problems;
    }
}
