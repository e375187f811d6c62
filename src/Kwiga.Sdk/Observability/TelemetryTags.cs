using System.Diagnostics;
using Kwiga.Sdk.Client;
using Microsoft.Kiota.Abstractions;

namespace Kwiga.Sdk.Observability;

/// <summary>
/// Attribute names and values. Every value comes from a closed set (the contract's routes, methods, the
/// API host, status codes, type names, the reasons below): never a path id, a query value or a credential.
/// </summary>
internal static class TelemetryTags
{
    public const string Operation = "kwiga.operation";
    public const string Method = "http.request.method";
    public const string ServerAddress = "server.address";
    public const string StatusCode = "http.response.status_code";
    public const string ErrorType = "error.type";
    public const string WaitReason = "kwiga.rate_limit.wait.reason";
    public const string RetryReason = "kwiga.retry.reason";
    public const string RetryDelay = "kwiga.retry.delay";
    public const string RetryAttempt = "kwiga.retry.attempt";
    public const string UnexpectedReason = "kwiga.unexpected_response.reason";

    /// <summary>The operation of a request the contract does not list (OpenTelemetry's word for an unknown method).</summary>
    public const string OtherOperation = "_OTHER";

    /// <summary>The method as the operation was asked (a PUT sent as POST with <c>_method</c> stays PUT), without allocating.</summary>
    public static string MethodOf(HttpRequestMessage request) =>
        KwigaTelemetry.Intent(request) is { } intent ? MethodName(intent.Method) : request.Method.Method;

    /// <summary>The constant name of <paramref name="method"/>.</summary>
    public static string MethodName(Method method) => method switch
    {
        Microsoft.Kiota.Abstractions.Method.GET => "GET",
        Microsoft.Kiota.Abstractions.Method.POST => "POST",
        Microsoft.Kiota.Abstractions.Method.PUT => "PUT",
        Microsoft.Kiota.Abstractions.Method.DELETE => "DELETE",
        Microsoft.Kiota.Abstractions.Method.PATCH => "PATCH",
        Microsoft.Kiota.Abstractions.Method.HEAD => "HEAD",
        Microsoft.Kiota.Abstractions.Method.OPTIONS => "OPTIONS",
        _ => "_OTHER",
    };

    /// <summary><c>error.type</c> of a response: its status from 400 up, else null.</summary>
    public static string? ErrorTypeOf(int statusCode) =>
        statusCode >= 400 ? statusCode.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;

    /// <summary><c>error.type</c> of an exception: its full type name (never its message, which may carry values).</summary>
    public static string ErrorTypeOf(Exception exception) => exception.GetType().FullName ?? exception.GetType().Name;

    /// <summary><c>kwiga.operation</c>, <c>http.request.method</c> and <c>server.address</c> of <paramref name="request"/>.</summary>
    public static TagList Request(HttpRequestMessage request) => new()
    {
        { Operation, KwigaTelemetry.OperationOf(request) },
        { Method, MethodOf(request) },
        { ServerAddress, request.RequestUri?.Host },
    };

    /// <summary>Only <c>kwiga.operation</c>.</summary>
    public static TagList OperationOnly(string? operation) => new() { { Operation, operation ?? OtherOperation } };
}
