namespace Kwiga.Sdk.Testing;

/// <summary>A CRM contact for <see cref="SandboxData.AddContact"/>.</summary>
public sealed class NewContact
{
    /// <summary>The email: required, unique in the cabinet (compared ignoring case, as KWIGA does).</summary>
    public required string Email { get; init; }

    /// <summary>First name.</summary>
    public string? FirstName { get; init; }

    /// <summary>Last name.</summary>
    public string? LastName { get; init; }

    /// <summary>Tag names; a tag that does not exist yet is created, as <c>POST /contacts</c> does.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Whether the contact is active (default true).</summary>
    public bool IsActive { get; init; } = true;

    /// <summary>When it was created; default: now, by the sandbox's clock. Not in the future.</summary>
    public DateTimeOffset? CreatedAt { get; init; }
}
