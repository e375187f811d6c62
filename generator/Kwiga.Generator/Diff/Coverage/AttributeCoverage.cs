namespace Kwiga.Generator.Diff.Coverage;

/// <summary>How the diff treats one public property of a Microsoft.OpenApi object type.</summary>
/// <param name="Owner">The object type, e.g. <c>OpenApiParameter</c>.</param>
/// <param name="Attribute">The property name, e.g. <c>Style</c>.</param>
/// <param name="Compared">True when a change to it is reported; false when it is deliberately ignored.</param>
/// <param name="Note">For compared attributes, the change kinds that report it; for ignored ones, why.</param>
public sealed record AttributeCoverage(Type Owner, string Attribute, bool Compared, string Note);
