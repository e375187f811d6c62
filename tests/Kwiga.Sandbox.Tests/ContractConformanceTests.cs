using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Routing;
using YamlDotNet.Serialization;

namespace Kwiga.Sandbox.Tests;

/// <summary>
/// The generated controllers against the contract itself: every operation is routed with its method and path,
/// and binds exactly the contract's parameter names (query, header, path), including the ones declared in
/// components/parameters that NSwag's own YAML→JSON rendition breaks (page, per_page, sort_by, course, X-Language).
/// </summary>
public sealed class ContractConformanceTests
{
    private static readonly string[] Methods = ["get", "post", "put", "delete", "patch"];

    public static IEnumerable<TestCaseData> Operations()
    {
        var contract = new DeserializerBuilder().Build()
            .Deserialize<Dictionary<object, object>>(File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "Data", "kwiga.yaml")));
        var components = (Dictionary<object, object>)((Dictionary<object, object>)contract["components"])["parameters"];
        foreach (var (path, item) in (Dictionary<object, object>)contract["paths"])
        {
            var pathItem = (Dictionary<object, object>)item;
            foreach (var method in Methods.Where(pathItem.ContainsKey))
            {
                var operation = (Dictionary<object, object>)pathItem[method];
                var parameters = Parameters(pathItem, components).Concat(Parameters(operation, components)).OrderBy(p => p).ToArray();
                yield return new TestCaseData((string)operation["operationId"], method.ToUpperInvariant(), (string)path, parameters)
                    .SetArgDisplayNames((string)operation["operationId"]);
            }
        }
    }

    [TestCaseSource(nameof(Operations))]
    public void The_generated_controller_routes_and_binds_the_operation_as_the_contract_declares(string operationId, string method, string path, string[] parameters)
    {
        var action = typeof(SandboxServer).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(ControllerBase)))
            .SelectMany(t => t.GetMethods())
            .SingleOrDefault(m => m.GetCustomAttribute<RouteAttribute>()?.Name == operationId);

        Assert.That(action, Is.Not.Null, $"no generated action for {operationId}");
        Assert.That("/" + action!.GetCustomAttribute<RouteAttribute>()!.Template, Is.EqualTo(path));
        Assert.That(action.GetCustomAttributes<HttpMethodAttribute>().SelectMany(a => a.HttpMethods), Is.EqualTo(new[] { method }));
        Assert.That(Bound(action), Is.EqualTo(parameters));
    }

    private static IEnumerable<string> Parameters(Dictionary<object, object> owner, Dictionary<object, object> components)
    {
        if (!owner.TryGetValue("parameters", out var list))
        {
            yield break;
        }

        foreach (Dictionary<object, object> parameter in (List<object>)list)
        {
            var resolved = parameter.TryGetValue("$ref", out var reference)
                ? (Dictionary<object, object>)components[((string)reference).Split('/')[^1]]
                : parameter;
            yield return $"{resolved["in"]}:{resolved["name"]}";
        }
    }

    private static string[] Bound(MethodInfo action)
        => action.GetParameters()
            .Where(p => p.ParameterType != typeof(CancellationToken) && p.GetCustomAttribute<FromBodyAttribute>() is null)
            .Select(p => p.GetCustomAttribute<FromQueryAttribute>() is { } query ? $"query:{query.Name ?? p.Name}"
                : p.GetCustomAttribute<FromHeaderAttribute>() is { } header ? $"header:{header.Name ?? p.Name}"
                : $"path:{p.Name}")
            .OrderBy(p => p)
            .ToArray();
}
