namespace Kwiga.Sdk.Benchmarks.Deserialization;

/// <summary>The docs' largest example responses, read in every deserialisation benchmark.</summary>
public enum DocsExample
{
    /// <summary><c>listCourseUsers</c>, example <c>withInclude</c> (3.9 KB).</summary>
    CourseUsers,

    /// <summary><c>listOffers</c> (2.9 KB).</summary>
    Offers,

    /// <summary><c>addContactPurchase</c> (1.1 KB).</summary>
    Purchase,
}
