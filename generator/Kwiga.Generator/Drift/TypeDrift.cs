namespace Kwiga.Generator.Drift;

/// <summary>
/// The documented type (and nullability, where the docs give it) of one parameter or field against the
/// contract, through <see cref="TypeMapping"/>. A difference the contract records (an <c>x-kwiga-doc-note</c>,
/// or a union of wire forms with <c>x-kwiga-sdk-type</c>) is reported as info with the record. Otherwise a
/// contract that rejects what the docs describe is an error; one that only also allows null where the docs
/// do not (the safe side for readers, what the transcription does when an example sends null) is a warning
/// asking for the note.
/// </summary>
internal static class TypeDrift
{
    /// <summary>Compares one documented element with its contract counterpart; null when they agree.</summary>
    /// <param name="what">How the element is named in messages, e.g. <c>GET /contacts: parameter 'page'</c>.</param>
    /// <param name="docType">The type text the docs print.</param>
    /// <param name="docNullable">True when the docs say nullable; null when they do not speak of nullability (parameters).</param>
    /// <param name="field">The contract's parameter or property.</param>
    /// <param name="isOutput">
    /// True for response fields: every documented alternative may arrive, so the contract must accept each;
    /// for inputs the caller picks one, so accepting one suffices.
    /// </param>
    /// <param name="line">The docs line.</param>
    public static DriftFinding? Check(string what, string? docType, bool? docNullable, ContractField field, bool isOutput, int line)
    {
        var type = DocType.Parse(docType);
        if (type is null || field.Schema is null)
        {
            return null;
        }

        var problems = new List<string>();
        var accepted = isOutput
            ? type.Forms.All(form => TypeMapping.Accepts(form, field.Schema, !isOutput))
            : type.Forms.Any(form => TypeMapping.Accepts(form, field.Schema, !isOutput));
        if (!accepted)
        {
            problems.Add($"documented as {type}, the contract has {TypeMapping.Describe(field.Schema)}");
        }

        if (docNullable == true && !TypeMapping.IsNullable(field.Schema))
        {
            problems.Add("documented as nullable, the contract does not allow null");
        }

        var onlyWider = problems.Count == 0;
        if (docNullable == false && TypeMapping.IsNullable(field.Schema))
        {
            problems.Add("the contract allows null, the docs do not say nullable");
        }

        if (problems.Count == 0)
        {
            return null;
        }

        var difference = string.Join("; ", problems);
        if (!field.RecordsDifference)
        {
            return onlyWider
                ? new DriftFinding(DriftSeverity.Warning, "nullable-unrecorded", $"{what}: {difference}; record why in x-kwiga-doc-note", line)
                : new DriftFinding(DriftSeverity.Error, "type-mismatch", $"{what}: {difference}", line);
        }

        var record = field.Note is not null ? $"x-kwiga-doc-note: {ResponseDrift.Short(field.Note)}" : $"union with x-kwiga-sdk-type: {field.SdkType}";
        return new DriftFinding(DriftSeverity.Info, "type-difference-recorded", $"{what}: {difference} (recorded: {record})", line);
    }
}
