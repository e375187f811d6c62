using Microsoft.Kiota.Abstractions.Serialization;

namespace Kwiga.Sdk.Serialization;

/// <summary>
/// A model that is a map whose values have a schema (<c>additionalProperties: {$ref}</c>). The generation
/// step marks such models (<c>Models/TypedMaps.g.cs</c>); the reader reads each value with
/// <see cref="EntryFactory"/> and keeps it, typed, in <c>AdditionalData</c> (from where Kiota writes it back).
/// </summary>
internal interface ITypedMap
{
    /// <summary>Creates a value of the map.</summary>
    ParsableFactory<IParsable> EntryFactory { get; }
}
