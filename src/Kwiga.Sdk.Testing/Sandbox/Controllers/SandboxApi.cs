using Kwiga.Sandbox.Binding;
using Kwiga.Sandbox.Data;
using Kwiga.Sandbox.Errors;
using Kwiga.Sandbox.Validation;
using Microsoft.AspNetCore.Mvc;

namespace Kwiga.Sandbox.Controllers;

/// <summary>What every implementation of a generated controller interface shares: the store and the current request.</summary>
internal abstract class SandboxApi(SandboxStore store, IHttpContextAccessor http)
{
    protected SandboxStore Store { get; } = store;

    protected HttpRequest Request => http.HttpContext?.Request ?? throw new InvalidOperationException("No current request.");

    protected DateTimeOffset Now => Store.Clock.GetUtcNow();

    /// <summary>The query string read by contract names, for the POST aliases.</summary>
    protected RawQuery Query(LaravelValidator validator) => new(Request.Query, validator);

    protected static Task<ActionResult<T>> Ok<T>(T value) => Task.FromResult(new ActionResult<T>(value));

    /// <summary>
    /// A query list as a filter: null when absent. ASP.NET binds an absent <c>name[]</c> as an empty list, and a
    /// query string cannot carry an empty list, so empty means "not sent".
    /// </summary>
    protected static List<T>? Given<T>(IEnumerable<T>? values) => values?.ToList() is { Count: > 0 } list ? list : null;

    protected static T Found<T>(T? value)
        where T : class
        => value ?? throw new SandboxNotFoundException();
}
