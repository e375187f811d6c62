using System.Text.Json;
using System.Text.Json.Nodes;
using Kwiga.Testing;

namespace Kwiga.Sdk.Benchmarks.Support;

/// <summary>
/// The docs' example responses the benchmarks read, as the UTF-8 JSON a server would send, taken from
/// openapi/kwiga.yaml (<see cref="ContractExamples"/>, shared with the tests).
/// </summary>
public static class DocsExamples
{
    /// <summary><c>listCourseUsers</c>, example <c>withInclude</c> (every include: progress rows and the course program).</summary>
    public static byte[] CourseUsersWithInclude() => Utf8(ContractExamples.SuccessExample("listCourseUsers", "withInclude"));

    /// <summary><c>listOffers</c>: one page of offers.</summary>
    public static byte[] Offers() => Utf8(ContractExamples.SuccessExample("listOffers", null));

    /// <summary><c>addContactPurchase</c>: the contact with its orders and payments.</summary>
    public static byte[] Purchase() => Utf8(ContractExamples.SuccessExample("addContactPurchase", null));

    private static byte[] Utf8(JsonNode node) => JsonSerializer.SerializeToUtf8Bytes(node);
}
