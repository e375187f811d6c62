using Kwiga.Generator.Contracts;
using Kwiga.Generator.Lint.Rules;

namespace Kwiga.Generator.Lint;

/// <summary>Runs the project rules over a contract.</summary>
public sealed class Linter
{
    private readonly IReadOnlyList<ILintRule> _rules;

    /// <summary>Creates a linter with the given rules.</summary>
    public Linter(IEnumerable<ILintRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _rules = rules.ToList();
    }

    /// <summary>Every project rule, in the order their findings are printed.</summary>
    public static IReadOnlyList<ILintRule> DefaultRules { get; } =
    [
        new ResolvableReferenceRule(),
        new OperationIdRequiredRule(),
        new OperationIdUniqueRule(),
        new OperationTagRequiredRule(),
        new PaginationEnvelopeRule(),
        new ConditionalPropertyRule(),
        new ResponseExampleRule(),
        new SchemaNameCollisionRule(),
        new PostAliasRule(),
    ];

    /// <summary>A linter with <see cref="DefaultRules"/>.</summary>
    public static Linter CreateDefault() => new(DefaultRules);

    /// <summary>All findings, ordered by rule then pointer so output is stable.</summary>
    public IReadOnlyList<LintFinding> Lint(ContractDocument contract)
    {
        ArgumentNullException.ThrowIfNull(contract);
        return _rules
            .SelectMany(rule => rule.Check(contract).OrderBy(f => f.Pointer, StringComparer.Ordinal))
            .ToList();
    }
}
