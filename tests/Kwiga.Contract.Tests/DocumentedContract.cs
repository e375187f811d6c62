using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Kwiga.Contract.Tests;

/// <summary>What the KWIGA docs document, as kept in Data/documented-contract.yaml.</summary>
public sealed class DocumentedContract
{
    private static readonly Lazy<DocumentedContract> Instance = new(Load);

    public static DocumentedContract Current => Instance.Value;

    public List<DocumentedOperation> Operations { get; set; } = [];

    public Dictionary<string, DocumentedSchema> Schemas { get; set; } = [];

    private static DocumentedContract Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Data", "documented-contract.yaml");
        var deserializer = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();
        return deserializer.Deserialize<DocumentedContract>(File.ReadAllText(path));
    }
}

/// <summary>One documented endpoint and the parameter names of its table.</summary>
public sealed class DocumentedOperation
{
    public string Method { get; set; } = "";

    public string Path { get; set; } = "";

    public List<string> Parameters { get; set; } = [];

    public List<string> Required { get; set; } = [];

    /// <summary>For a POST alias: the operation it mirrors, as "GET /path".</summary>
    public string? AliasOf { get; set; }

    public override string ToString() => $"{Method} {Path}";
}

/// <summary>The fields of one documented schema.</summary>
public sealed class DocumentedSchema
{
    public List<string> Documented { get; set; } = [];

    public List<string> RecoveredFromExamples { get; set; } = [];

    public List<string> ShownOnly { get; set; } = [];

    public IEnumerable<string> AllFields => Documented.Concat(RecoveredFromExamples).Concat(ShownOnly);
}
