using System.CodeDom.Compiler;
using System.Reflection;
using System.Xml.Linq;
using Kwiga.Sdk.Models;
using Microsoft.Kiota.Abstractions;

namespace Kwiga.Sdk.Tests.PublicApi;

/// <summary>
/// What a user sees of the built Kwiga.Sdk.dll: no generated-code marks in any public name, inputs typed
/// as the docs say, IntelliSense that names only exceptions the SDK throws, and few hand-written public
/// types. Reflection over the assembly, so a new contract field or a Kiota upgrade that brings a mark
/// back fails here, whatever its source.
/// </summary>
public class SurfaceTests
{
    private static readonly Assembly Sdk = typeof(KwigaClientFactory).Assembly;
    private static readonly Type[] Public = Sdk.GetExportedTypes();

    [Test]
    public void No_public_name_carries_an_underscore()
    {
        var marked = Names().Where(n => n.Name.Contains('_', StringComparison.Ordinal)).Select(n => n.Where).ToList();

        Assert.That(marked, Is.Empty);
    }

    [Test]
    public void No_public_property_carries_kiotas_prop_suffix()
    {
        var marked = Properties().Where(p => p.Name.EndsWith("Prop", StringComparison.Ordinal)).Select(Describe).ToList();

        Assert.That(marked, Is.Empty);
    }

    [Test]
    public void Every_query_parameter_is_named_after_its_wire_name()
    {
        var query = QueryParameters().ToList();
        var wrong = query.Where(q => q.Property.Name != Expected(q.Wire)).Select(q => $"{Describe(q.Property)} for {q.Wire}, expected {Expected(q.Wire)}").ToList();

        Assert.That(query.Count(q => q.Wire.StartsWith("filters[", StringComparison.Ordinal)), Is.EqualTo(19), "the 19 filters the contract declares");
        Assert.That(wrong, Is.Empty);
    }

    [Test]
    public void No_date_is_typed_as_a_string()
    {
        // Query parameters by wire name; request models by their JSON names (the alias bodies).
        var dates = QueryParameters().Where(q => IsDateName(q.Wire)).Select(q => q.Property)
            .Concat(Properties().Where(p => p.DeclaringType!.Namespace == "Kwiga.Sdk.Models" && (p.DeclaringType.Name.EndsWith("Query", StringComparison.Ordinal) || p.DeclaringType.Name.EndsWith("Filters", StringComparison.Ordinal)) && IsDateName(p.Name)))
            .ToList();

        Assert.That(dates, Has.Count.EqualTo(14), "8 query parameters, 6 alias body fields");
        Assert.That(dates.Where(p => p.PropertyType == typeof(string)).Select(Describe), Is.Empty);
        Assert.That(dates.Select(p => p.PropertyType), Has.All.EqualTo(typeof(Date?)).Or.EqualTo(typeof(DateTimeOffset?)));
    }

    [Test]
    public void No_list_of_numbers_has_nullable_items()
    {
        var nullableItems = Properties().Where(p => ItemType(p.PropertyType) is { } item && Nullable.GetUnderlyingType(item) is { IsPrimitive: true }).Select(Describe).ToList();

        Assert.That(nullableItems, Is.Empty);
    }

    [Test]
    public void Every_documented_exception_is_an_sdk_exception_the_sdk_throws()
    {
        var documented = DocumentedExceptions().ToList();
        var notSdk = documented.Where(t => !typeof(KwigaApiException).IsAssignableFrom(t) || t.Namespace != "Kwiga.Sdk").Distinct().ToList();

        Assert.That(documented, Has.Count.GreaterThan(27 * 5), "every operation documents its exceptions");
        Assert.That(notSdk, Is.Empty, "a type in <exception cref> that the SDK never throws (Kiota's error models)");
        Assert.That(documented.Distinct(), Is.SubsetOf(Kwiga.Sdk.Tests.Errors.ThrownExceptionsTests.Proven), "each is thrown by a real call in ThrownExceptionsTests");
    }

    [Test]
    public void Kiotas_error_models_are_not_public()
    {
        var errorModels = Public.Where(t => typeof(ApiException).IsAssignableFrom(t) && !typeof(KwigaApiException).IsAssignableFrom(t)).ToList();

        Assert.That(errorModels, Is.Empty);
    }

    [Test]
    public void At_most_thirty_hand_written_types_are_public()
    {
        var handWritten = Public.Where(t => t.GetCustomAttribute<GeneratedCodeAttribute>() is null && t.DeclaringType is null).Select(t => t.FullName).Order().ToList();

        TestContext.Out.WriteLine(string.Join(Environment.NewLine, handWritten));
        Assert.That(handWritten, Has.Count.LessThanOrEqualTo(30));
        Assert.That(handWritten, Has.All.StartsWith("Kwiga.Sdk.").Or.StartsWith("Microsoft.Extensions.DependencyInjection."));
    }

    /// <summary>The C# name a wire name must get: the filter's own key, no list brackets, PascalCase.</summary>
    private static string Expected(string wire)
    {
        var name = wire.EndsWith("[]", StringComparison.Ordinal) ? wire[..^2] : wire;
        if (name.StartsWith("filters[", StringComparison.Ordinal))
        {
            name = name["filters[".Length..^1];
        }

        return string.Concat(name.Split('_', '[', ']').Where(p => p.Length > 0).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
    }

    private static bool IsDateName(string name)
    {
        var lower = name.ToLowerInvariant();
        return lower.Contains("date") || lower.Contains("activity");
    }

    private static Type? ItemType(Type type) =>
        type.IsArray ? type.GetElementType() : type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>) ? type.GetGenericArguments()[0] : null;

    private static IEnumerable<PropertyInfo> Properties() =>
        Public.SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly));

    private static IEnumerable<(PropertyInfo Property, string Wire)> QueryParameters() =>
        from property in Properties()
        let attribute = property.GetCustomAttribute<QueryParameterAttribute>()
        where attribute is not null
        select (property, Uri.UnescapeDataString(attribute.TemplateName!));

    private static IEnumerable<(string Name, string Where)> Names()
    {
        foreach (var type in Public)
        {
            yield return (type.Name, type.FullName!);
            if (type.IsEnum)
            {
                foreach (var member in Enum.GetNames(type))
                {
                    yield return (member, $"{type.Name}.{member}");
                }

                continue;
            }

            foreach (var member in type.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                if (member is MethodInfo { IsSpecialName: true })
                {
                    continue;
                }

                yield return (member.Name, $"{type.Name}.{member.Name}");
                if (member is MethodBase method)
                {
                    foreach (var parameter in method.GetParameters())
                    {
                        yield return (parameter.Name ?? string.Empty, $"{type.Name}.{member.Name}({parameter.Name})");
                    }
                }
            }
        }
    }

    /// <summary>Every type named in an <c>&lt;exception cref&gt;</c> of an operation (a request builder's method).</summary>
    private static IEnumerable<Type> DocumentedExceptions()
    {
        var xml = XDocument.Load(Path.ChangeExtension(Sdk.Location, ".xml"));
        var operations = xml.Descendants("member").Where(m => m.Attribute("name")!.Value is var name && name.StartsWith("M:", StringComparison.Ordinal) && name.Contains("RequestBuilder.", StringComparison.Ordinal));
        foreach (var exception in operations.SelectMany(o => o.Descendants("exception")))
        {
            var cref = exception.Attribute("cref")!.Value;
            yield return Sdk.GetType(cref[2..]) ?? throw new AssertionException($"{cref} is not a type of Kwiga.Sdk");
        }
    }

    private static string Describe(PropertyInfo property) => $"{property.DeclaringType!.Name}.{property.Name}";
}
