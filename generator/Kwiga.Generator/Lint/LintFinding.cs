namespace Kwiga.Generator.Lint;

/// <summary>One violation of a project rule.</summary>
/// <param name="Rule">Rule id, e.g. <c>operation-tags</c>.</param>
/// <param name="Pointer">JSON pointer to the offending node, e.g. <c>#/paths/~1contacts/get</c>.</param>
/// <param name="Message">What is wrong and what to do about it.</param>
public sealed record LintFinding(string Rule, string Pointer, string Message)
{
    /// <summary>Formats the finding as <c>file:path: rule: message</c>.</summary>
    public string Format(string file) => $"{file}:{Pointer}: {Rule}: {Message}";
}
