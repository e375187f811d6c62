using System.Reflection;
using Kwiga.Sdk.Tests.Support;
using Microsoft.Kiota.Abstractions;

using Kwiga.Sdk.Client;

namespace Kwiga.Sdk.Tests.Client;

/// <summary>
/// The generated builders configure requests through <see cref="RequestConfigurator"/> (the build
/// rewrites Kiota's one call): it must put exactly what Kiota's <c>Configure</c> puts into a request.
/// </summary>
public class RequestConfiguratorTests
{
    private static IEnumerable<TestCaseData> QueryParameterTypes() =>
        typeof(KwigaClient).Assembly.GetTypes()
            .Where(t => t.GetProperties().Any(p => p.GetCustomAttribute<QueryParameterAttribute>() is not null))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => new TestCaseData(t).SetName("query parameters of " + t.DeclaringType?.Name + "." + t.Name));

    [TestCaseSource(nameof(QueryParameterTypes))]
    public void Every_query_parameter_class_reads_the_same_as_kiota(Type type)
    {
        foreach (var fill in new[] { Fill.Everything, Fill.EmptyLists, Fill.Nothing })
        {
            var source = Activator.CreateInstance(type)!;
            Populate(source, fill);
            var kiota = new RequestInformation();
            typeof(RequestInformation).GetMethod(nameof(RequestInformation.AddQueryParameters))!.MakeGenericMethod(type).Invoke(kiota, [source]);
            var ours = new RequestInformation();
            typeof(QueryParameterTable<>).MakeGenericType(type).GetMethod("AddTo")!.Invoke(null, [ours, source]);

            Assert.That(ours.QueryParameters, Is.EquivalentTo(kiota.QueryParameters), $"{fill}");
            if (fill == Fill.Everything)
            {
                Assert.That(ours.QueryParameters, Is.Not.Empty, "the fill must exercise the table");
            }
        }
    }

    [Test]
    public void The_generated_builders_call_the_configurator_and_it_keeps_options_and_headers()
    {
        var client = KwigaClientFactory.Create(TestClients.Options());
        var option = new Kwiga.Sdk.LanguageOption { Language = "uk" };

        var request = client.Courses[20].Users.ToGetRequestInformation(r =>
        {
            r.QueryParameters.Page = 2;
            r.QueryParameters.Emails = [];
            r.Options.Add(option);
            r.Headers.Add("X-Trace", "abc");
        });

        Assert.That(request.QueryParameters.Keys, Is.EquivalentTo(new[] { "page" }), "set values only; an empty list is left out, as Kiota does");
        Assert.That(request.GetRequestOption<Kwiga.Sdk.LanguageOption>(), Is.SameAs(option));
        Assert.That(request.Headers["X-Trace"], Is.EquivalentTo(new[] { "abc" }));
        Assert.That(request.Headers["Accept"], Is.EquivalentTo(new[] { "application/json" }), "the builder's own header still follows");

        var generated = Path.Combine(TestContext.CurrentContext.TestDirectory, "..", "..", "..", "..", "..", "src", "Kwiga.Sdk", "obj", "Generated");
        if (Directory.Exists(generated))
        {
            var texts = Directory.GetFiles(generated, "*.cs", SearchOption.AllDirectories).Select(File.ReadAllText).ToList();
            Assert.That(texts.Count(t => t.Contains("RequestConfigurator.Configure(requestInfo, requestConfiguration)", StringComparison.Ordinal)), Is.GreaterThan(0));
            Assert.That(texts.Any(t => t.Contains("requestInfo.Configure(", StringComparison.Ordinal)), Is.False, "no builder is left on Kiota's reflection path");
        }
    }

    private enum Fill
    {
        Everything,
        EmptyLists,
        Nothing,
    }

    private static void Populate(object source, Fill fill)
    {
        if (fill == Fill.Nothing)
        {
            return;
        }

        foreach (var property in source.GetType().GetProperties().Where(p => p.CanWrite))
        {
            var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            object? value = type switch
            {
                _ when type == typeof(string) => fill == Fill.Everything ? "a b" : null,
                _ when type == typeof(int) => fill == Fill.Everything ? 5 : null,
                _ when type == typeof(long) => fill == Fill.Everything ? 6L : null,
                _ when type == typeof(bool) => fill == Fill.Everything ? true : null,
                _ when type.IsEnum => fill == Fill.Everything ? Enum.GetValues(type).GetValue(0) : null,
                _ when type.IsArray => Array.CreateInstance(type.GetElementType()!, fill == Fill.Everything ? 2 : 0),
                _ => null,
            };
            if (value is Array array && fill == Fill.Everything)
            {
                var element = Nullable.GetUnderlyingType(type.GetElementType()!) ?? type.GetElementType()!;
                object? item = element == typeof(string) ? "x" : element == typeof(int) ? 7 : element.IsEnum ? Enum.GetValues(element).GetValue(0) : null;
                array.SetValue(item, 0);
                array.SetValue(item, 1);
            }

            property.SetValue(source, value);
        }
    }
}
