using System.Net;
using Kwiga.Sdk.Serialization.Binding;
using Kwiga.Sdk.Tests.Support;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Abstractions.Serialization;
using Microsoft.Kiota.Http.HttpClientLibrary;
using RichardSzalay.MockHttp;
using Kwiga.Sdk.Serialization;
using Kwiga.Sdk.Client;

namespace Kwiga.Sdk.Tests.Serialization.Binding;

/// <summary>
/// The binder the client uses must read exactly what <see cref="LenientJsonParseNode"/> reads: every
/// docs example and every wire variant is served to two clients, one per reader, and the two models
/// must be written back to identical JSON (values, raw AdditionalData, order).
/// </summary>
public class ModelBinderEquivalenceTests
{
    [TestCaseSource(typeof(WireRoundTripTests), "DocsExamples")]
    [TestCaseSource(typeof(WireRoundTripTests), "WireVariants")]
    public async Task The_client_reads_a_response_exactly_as_the_lenient_node_does(OperationCase operation, string json)
    {
        var lenient = BinderReads.Written(await Serve(operation, json, BinderReads.Lenient));
        var bound = BinderReads.Written(await Serve(operation, json, BinderReads.Sdk));

        Assert.That(bound, Is.EqualTo(lenient));
    }

    private static IEnumerable<TestCaseData> GeneratedModels() =>
        from type in typeof(KwigaClient).Assembly.GetTypes()
        where type.Namespace == "Kwiga.Sdk.Models" && typeof(IParsable).IsAssignableFrom(type) && !type.IsAbstract

        // A typed map's values are keys, not fields: the lenient node reads those, by design.
        && !typeof(Kwiga.Sdk.Serialization.ITypedMap).IsAssignableFrom(type)
        orderby type.Name
        select new TestCaseData(type).SetArgDisplayNames(type.Name);

    [TestCaseSource(nameof(GeneratedModels))]
    public void Every_generated_model_is_bound_without_its_field_deserializers(Type model)
    {
        // Without a plan a model is still read correctly (leniently), only slowly: this keeps the fast path in use.
        var plan = typeof(ModelBinderEquivalenceTests).GetMethod(nameof(PlanFor), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(model).Invoke(null, null);

        Assert.That(plan, Is.Not.Null);
    }

    [TestCaseSource(nameof(GeneratedModels))]
    public void Every_generated_model_finds_its_fields_by_name_exactly_as_the_scan_of_every_property_does(Type model)
    {
        // The name path keeps a cold process from emitting an invoke stub per property; the scan is the
        // reference it must agree with, field for field.
        var fields = (((string Name, Type Binder)[]? ByName, (string Name, Type Binder)[]? ByScan))typeof(ModelBinderEquivalenceTests)
            .GetMethod(nameof(BothWays), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(model).Invoke(null, null)!;

        Assert.That(fields.ByName, Is.Not.Null, "the name path found every field");
        Assert.That(fields.ByName, Is.EqualTo(fields.ByScan));
    }

    private static ((string Name, Type Binder)[]? ByName, (string Name, Type Binder)[]? ByScan) BothWays<T>() where T : IParsable
    {
        var create = (ParsableFactory<T>)Delegate.CreateDelegate(typeof(ParsableFactory<T>), typeof(T).GetMethod("CreateFromDiscriminatorValue")!);
        var prototype = create(new ProbeParseNode());
        var deserializers = (Dictionary<string, Action<IParseNode>>)prototype.GetFieldDeserializers();
        var properties = ModelPlanBuilder.AssignableProperties(typeof(T));
        static (string, Type)[]? Describe(FieldBinder[]? fields) => fields?.Select(f => (f.Name, f.GetType())).ToArray();
        return (Describe(ModelPlanBuilder.ByName(create, deserializers, properties)), Describe(ModelPlanBuilder.ByScan(prototype, deserializers, properties)));
    }

    private static ModelPlan? PlanFor<T>() where T : IParsable
    {
        var create = (ParsableFactory<T>)Delegate.CreateDelegate(typeof(ParsableFactory<T>), typeof(T).GetMethod("CreateFromDiscriminatorValue")!);
        return ModelPlan.For(create);
    }

    private static async Task<IParsable?> Serve(OperationCase operation, string json, IParseNodeFactory reader)
    {
        using var transport = new MockHttpMessageHandler();
        transport.Fallback.Respond(HttpStatusCode.OK, "application/json", json);
        var readers = new ParseNodeFactoryRegistry();
        readers.ContentTypeAssociatedFactories["application/json"] = reader;
        using var http = new HttpClient(transport);
        using var adapter = new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), readers, KwigaSerialization.CreateSerializationWriterFactories(), http)
        {
            BaseUrl = TestClients.BaseUrl,
        };
        return await operation.Invoke(new KwigaClient(new KwigaRequestAdapter(adapter)));
    }
}
