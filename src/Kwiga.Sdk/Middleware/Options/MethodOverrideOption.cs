using Microsoft.Kiota.Abstractions;

namespace Kwiga.Sdk;

/// <summary>Per-request switch for sending PUT/DELETE as POST with <c>_method</c>.</summary>
public sealed class MethodOverrideOption : IRequestOption
{
    /// <summary>True to tunnel PUT/DELETE through POST for this request.</summary>
    public bool Enabled { get; set; }
}
