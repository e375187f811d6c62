using Kwiga.Generator.Contracts;

namespace Kwiga.Generator.Diff;

/// <summary>State shared by the detectors while one pair of contracts is compared.</summary>
public sealed class DiffContext
{
    private readonly List<Change> _changes = [];
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly HashSet<string> _visited = new(StringComparer.Ordinal);

    /// <summary>Creates a context for comparing <paramref name="baseContract"/> with <paramref name="headContract"/>.</summary>
    public DiffContext(ContractDocument baseContract, ContractDocument headContract)
    {
        Base = baseContract ?? throw new ArgumentNullException(nameof(baseContract));
        Head = headContract ?? throw new ArgumentNullException(nameof(headContract));
    }

    /// <summary>The older contract.</summary>
    public ContractDocument Base { get; }

    /// <summary>The newer contract.</summary>
    public ContractDocument Head { get; }

    /// <summary>Component renames found so far: base name to head name.</summary>
    public Dictionary<string, string> Renames { get; } = new(StringComparer.Ordinal);

    /// <summary>Security scheme renames (same definition under another key): base key to head key.</summary>
    public Dictionary<string, string> SchemeRenames { get; } = new(StringComparer.Ordinal);

    /// <summary>Changes recorded so far.</summary>
    public IReadOnlyList<Change> Changes => _changes;

    /// <summary>True when a base component and a head component are the same model (same name or renamed).</summary>
    public bool SameComponent(string baseName, string headName) =>
        baseName == headName || (Renames.TryGetValue(baseName, out var renamed) && renamed == headName);

    /// <summary>Records a change; an identical change (kind, location, detail) is recorded once.</summary>
    public void Add(string kindId, string location, string detail, ChangeClass? classOverride = null)
    {
        var kind = ChangeKinds.Get(kindId);
        var change = new Change(kind, classOverride ?? kind.DefaultClass, location, detail);
        if (_seen.Add($"{kindId}\n{location}\n{detail}"))
        {
            _changes.Add(change);
        }
    }

    /// <summary>Marks a pair of schemas as being compared; false when already visited (stops cycles).</summary>
    public bool Enter(string key) => _visited.Add(key);
}
