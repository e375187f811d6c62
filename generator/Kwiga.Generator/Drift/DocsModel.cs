namespace Kwiga.Generator.Drift;

/// <summary>What the docs dump says: operations with their parameters, and the data schemas.</summary>
/// <param name="Operations">Operations in docs order, one per method + path shape.</param>
/// <param name="Schemas">Schemas of the data-schema section, including blocks whose heading was lost.</param>
public sealed record DocsModel(IReadOnlyList<DocOperation> Operations, IReadOnlyList<DocSchema> Schemas);
