namespace Kwiga.Sdk.Benchmarks.Deserialization;

/// <summary>
/// The docs' largest example responses, read in every deserialisation benchmark. Sizes are of the
/// UTF-8 JSON as benchmarked: non-ASCII escaped as <c>\uXXXX</c>, as PHP's <c>json_encode</c> sends it.
/// </summary>
public enum DocsExample
{
    /// <summary><c>listCourseUsers</c>, example <c>withInclude</c> (3.6 KB as sent).</summary>
    CourseUsers,

    /// <summary><c>listOffers</c> (4.8 KB as sent).</summary>
    Offers,

    /// <summary><c>addContactPurchase</c> (2.4 KB as sent).</summary>
    Purchase,
}
