namespace Kwiga.Generator.SdkCode;

/// <summary>The C# files Kiota wrote, read once, edited in memory and written back if changed.</summary>
public sealed class GeneratedSources
{
    private readonly Dictionary<string, string> _original = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, string> _text = new(StringComparer.Ordinal);

    private GeneratedSources(string root)
    {
        Root = root;
    }

    /// <summary>The folder Kiota wrote into.</summary>
    public string Root { get; }

    /// <summary>Paths relative to <see cref="Root"/>, with <c>/</c> separators.</summary>
    public IEnumerable<string> Files => _text.Keys.ToList();

    /// <summary>Reads every <c>*.cs</c> file below <paramref name="root"/>.</summary>
    public static GeneratedSources Load(string root)
    {
        var sources = new GeneratedSources(root);
        foreach (var file in Directory.GetFiles(root, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            var text = File.ReadAllText(file);
            sources._original[relative] = text;
            sources._text[relative] = text;
        }

        return sources;
    }

    /// <summary>Sources given in memory (tests).</summary>
    public static GeneratedSources From(IReadOnlyDictionary<string, string> files)
    {
        var sources = new GeneratedSources(string.Empty);
        foreach (var (path, text) in files)
        {
            sources._text[path] = text;
        }

        return sources;
    }

    /// <summary>The current text of <paramref name="path"/>.</summary>
    public string this[string path]
    {
        get => _text[path];
        set => _text[path] = value;
    }

    /// <summary>Whether <paramref name="path"/> exists.</summary>
    public bool Contains(string path) => _text.ContainsKey(path);

    /// <summary>Writes the files that changed or are new; returns how many.</summary>
    public int Save()
    {
        var written = 0;
        foreach (var (path, text) in _text)
        {
            if (!_original.TryGetValue(path, out var original) || original != text)
            {
                var full = Path.Combine(Root, path);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                File.WriteAllText(full, text);
                written++;
            }
        }

        return written;
    }
}
