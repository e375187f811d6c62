#if !NET5_0_OR_GREATER
// The trimming and AOT annotations of .NET 5+ and 7+, for the netstandard2.0 build: the trimmer and
// the AOT compiler only ever read the net8.0 assembly, but one source with the annotations beats #if
// around every use. The tools recognise them by name, so internal copies are enough.
namespace System.Diagnostics.CodeAnalysis;

/// <summary>Members of a type that are accessed by reflection and must survive trimming.</summary>
[AttributeUsage(AttributeTargets.Field | AttributeTargets.ReturnValue | AttributeTargets.GenericParameter | AttributeTargets.Parameter | AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Class | AttributeTargets.Interface | AttributeTargets.Struct, Inherited = false)]
internal sealed class DynamicallyAccessedMembersAttribute(DynamicallyAccessedMemberTypes memberTypes) : Attribute
{
    /// <summary>The kinds of members kept.</summary>
    public DynamicallyAccessedMemberTypes MemberTypes { get; } = memberTypes;
}

/// <summary>Kinds of members (the values of .NET's own enum).</summary>
[Flags]
internal enum DynamicallyAccessedMemberTypes
{
    /// <summary>None.</summary>
    None = 0,

    /// <summary>Public constructors (with the parameterless one).</summary>
    PublicConstructors = 0x0003,

    /// <summary>Public fields.</summary>
    PublicFields = 0x0020,

    /// <summary>Public properties.</summary>
    PublicProperties = 0x0200,
}

/// <summary>Marks code that a trimmed application may not be able to run.</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Constructor | AttributeTargets.Class, Inherited = false)]
internal sealed class RequiresUnreferencedCodeAttribute(string message) : Attribute
{
    /// <summary>What breaks, and what to use instead.</summary>
    public string Message { get; } = message;

    /// <summary>A page that says more.</summary>
    public string? Url { get; set; }
}

/// <summary>Marks code that needs to generate code at run time (not available under native AOT).</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Constructor | AttributeTargets.Class, Inherited = false)]
internal sealed class RequiresDynamicCodeAttribute(string message) : Attribute
{
    /// <summary>What breaks, and what to use instead.</summary>
    public string Message { get; } = message;

    /// <summary>A page that says more.</summary>
    public string? Url { get; set; }
}

/// <summary>Silences a trimming warning for a reason stated in <see cref="Justification"/>.</summary>
[AttributeUsage(AttributeTargets.All, Inherited = false, AllowMultiple = true)]
internal sealed class UnconditionalSuppressMessageAttribute(string category, string checkId) : Attribute
{
    /// <summary>The warning's category.</summary>
    public string Category { get; } = category;

    /// <summary>The warning's id.</summary>
    public string CheckId { get; } = checkId;

    /// <summary>Why the warning does not apply.</summary>
    public string? Justification { get; set; }
}
#endif
