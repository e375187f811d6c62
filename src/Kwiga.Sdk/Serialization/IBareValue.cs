namespace Kwiga.Sdk.Serialization;

/// <summary>
/// A model the wire also sends as a bare value instead of the object (the docs' code, e.g. a course's
/// <c>type</c> as <c>"marathon"</c>). The generation step marks such models (<c>Models/BareValues.g.cs</c>);
/// the reader fills <see cref="BareValue"/>, <see cref="BareValues.Write"/> writes it back bare.
/// </summary>
internal interface IBareValue
{
    /// <summary>The bare value as sent, or null when the object was sent.</summary>
    string? BareValue { get; set; }
}
