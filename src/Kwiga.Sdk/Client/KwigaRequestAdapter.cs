using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Kwiga.Sdk.Errors;
using Kwiga.Sdk.Internal;
using Kwiga.Sdk.Observability;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;
using Microsoft.Kiota.Abstractions.Store;

namespace Kwiga.Sdk.Client;

/// <summary>
/// The request adapter a <see cref="KwigaClient"/> runs on: Kiota's HTTP adapter, with query values
/// put in the form Laravel reads. Kiota writes booleans as <c>true</c>/<c>false</c>; Laravel's
/// <c>boolean</c> rule accepts only <c>1</c>/<c>0</c> (or <c>"1"</c>/<c>"0"</c>) in a query string,
/// and the docs' own example sends <c>with_offers=1</c>. Typed values are converted here, before
/// the URL is built, so a string parameter that happens to read "true" is never touched.
/// </summary>
internal sealed class KwigaRequestAdapter : IRequestAdapter, IDisposable
{
    private readonly IRequestAdapter _inner;

    /// <summary>Wraps <paramref name="inner"/> (normally an <c>HttpClientRequestAdapter</c>).</summary>
    public KwigaRequestAdapter(IRequestAdapter inner)
    {
        _inner = Guard.NotNull(inner, nameof(inner));
    }

    /// <inheritdoc />
    public ISerializationWriterFactory SerializationWriterFactory => _inner.SerializationWriterFactory;

    /// <inheritdoc />
    public string? BaseUrl
    {
        get => _inner.BaseUrl;
        set => _inner.BaseUrl = value;
    }

    /// <inheritdoc />
    public void EnableBackingStore(IBackingStoreFactory backingStoreFactory) => _inner.EnableBackingStore(backingStoreFactory);

    /// <inheritdoc />
    public Task<ModelType?> SendAsync<ModelType>(RequestInformation requestInfo, ParsableFactory<ModelType> factory, Dictionary<string, ParsableFactory<IParsable>>? errorMapping = null, CancellationToken cancellationToken = default)
        where ModelType : IParsable =>
        ReadAsync(requestInfo, new ResponseRecord(), request => _inner.SendAsync(request, factory, errorMapping, cancellationToken));

    /// <inheritdoc />
    public Task<IEnumerable<ModelType>?> SendCollectionAsync<ModelType>(RequestInformation requestInfo, ParsableFactory<ModelType> factory, Dictionary<string, ParsableFactory<IParsable>>? errorMapping = null, CancellationToken cancellationToken = default)
        where ModelType : IParsable =>
        ReadAsync(requestInfo, new ResponseRecord(), request => _inner.SendCollectionAsync(request, factory, errorMapping, cancellationToken));

    /// <inheritdoc />
    public Task<ModelType?> SendPrimitiveAsync<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] ModelType>(RequestInformation requestInfo, Dictionary<string, ParsableFactory<IParsable>>? errorMapping = null, CancellationToken cancellationToken = default) =>
        ReadAsync(requestInfo, new ResponseRecord(), request => _inner.SendPrimitiveAsync<ModelType>(request, errorMapping, cancellationToken));

    /// <inheritdoc />
    public Task<IEnumerable<ModelType>?> SendPrimitiveCollectionAsync<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] ModelType>(RequestInformation requestInfo, Dictionary<string, ParsableFactory<IParsable>>? errorMapping = null, CancellationToken cancellationToken = default) =>
        ReadAsync(requestInfo, new ResponseRecord(), request => _inner.SendPrimitiveCollectionAsync<ModelType>(request, errorMapping, cancellationToken));

    /// <inheritdoc />
    public Task SendNoContentAsync(RequestInformation requestInfo, Dictionary<string, ParsableFactory<IParsable>>? errorMapping = null, CancellationToken cancellationToken = default) =>
        OperationTelemetry.Listening
            ? ReadAsync<object?>(requestInfo, null, async request =>
            {
                await _inner.SendNoContentAsync(request, errorMapping, cancellationToken).ConfigureAwait(false);
                return null;
            })
            : _inner.SendNoContentAsync(Prepare(requestInfo, _inner.BaseUrl), errorMapping, cancellationToken);

    /// <inheritdoc />
    public Task<T?> ConvertToNativeRequestAsync<T>(RequestInformation requestInfo, CancellationToken cancellationToken = default) =>
        _inner.ConvertToNativeRequestAsync<T>(Prepare(requestInfo, _inner.BaseUrl), cancellationToken);

    /// <inheritdoc />
    public void Dispose() => (_inner as IDisposable)?.Dispose();

    /// <summary>
    /// Sends a request. A <see cref="ResponseRecord"/> goes with a request whose body is read, so that a
    /// success the caller cannot use (an envelope without its data) is reported with the response's facts.
    /// The call's telemetry starts here, in an async method: its span is the current activity for the send only.
    /// </summary>
    private async Task<T> ReadAsync<T>(RequestInformation requestInfo, ResponseRecord? record, Func<RequestInformation, Task<T>> send)
    {
        if (record is not null)
        {
            requestInfo.AddRequestOptions([record]);
        }

        var request = Prepare(requestInfo, _inner.BaseUrl);
        var telemetry = OperationTelemetry.Start(request);
        try
        {
            var result = await send(request).ConfigureAwait(false);

            // A {"data": …} envelope without its data (or no body at all) is no answer to a single-resource call.
            if (record is not null && (result is IDataEnvelope { HasData: false } || (result is null && typeof(IDataEnvelope).IsAssignableFrom(typeof(T)))))
            {
                var details = record.Details ?? KwigaErrorDetails.NotSent();
                UnexpectedResponseTelemetry.Record(request.GetRequestOption<RequestIntent>()?.Operation, details.StatusCode, UnexpectedResponseTelemetry.MissingData);
                throw KwigaErrorFactory.MissingData(details, hadBody: result is not null);
            }

            telemetry?.Complete(null);
            return result;
        }
        catch (Exception e) when (telemetry is not null)
        {
            telemetry.Complete(e);
            throw;
        }
    }

    /// <summary>
    /// Rewrites typed query values into Laravel's forms (booleans as 1/0), and enums into their wire
    /// names (what Kiota would write, without its per-request reflection); then builds the URL from the
    /// template parsed once (<see cref="KwigaUriTemplate"/>) where Kiota would expand it again.
    /// </summary>
    internal static RequestInformation Prepare(RequestInformation requestInfo, string? baseUrl)
    {
        var facts = ContractFacts.For(requestInfo);
        if (facts is not null)
        {
            CheckBounds(requestInfo, facts);
        }

        requestInfo.AddRequestOptions([RequestIntent.For(requestInfo.HttpMethod, facts)]);
        ConvertQueryValues(requestInfo);
        if (KwigaUriTemplate.TryExpand(requestInfo, baseUrl) is { } uri)
        {
            // Setting URI clears PathParameters, and the generated builders pass their own dictionary
            // in: give the request one of its own first, or the builder would lose its parameters.
            requestInfo.PathParameters = new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase);
            requestInfo.URI = uri;
        }

        return requestInfo;
    }

    /// <summary>Integer query values outside the contract's documented range stop the request before it is sent.</summary>
    private static void CheckBounds(RequestInformation requestInfo, OperationFacts facts)
    {
        foreach (var bound in facts.Bounds)
        {
            if (requestInfo.QueryParameters.TryGetValue(bound.Name, out var value) && value is int or long)
            {
                bound.Check(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture), facts.Operation);
            }
        }
    }

    /// <summary>Booleans as 1/0 and enums as their wire names, in place.</summary>
    internal static void ConvertQueryValues(RequestInformation requestInfo)
    {
        Guard.NotNull(requestInfo, nameof(requestInfo));

        // Most requests have nothing to convert: only then is anything allocated (this runs per request).
        List<KeyValuePair<string, object>>? converted = null;
        foreach (var parameter in requestInfo.QueryParameters)
        {
            object? wire = parameter.Value switch
            {
                bool flag => flag ? 1 : 0,
                bool?[] flags => flags.Select(f => f is null ? (int?)null : f.Value ? 1 : 0).ToArray(),
                bool[] flags => flags.Select(f => f ? 1 : 0).ToArray(),
                Enum value when EnumWireNames.TryGet(value, out var name) => name,
                Date date => date.ToString(),
                DateTimeOffset moment => QueryDates.Format(moment),
                _ => null,
            };
            if (wire is not null)
            {
                (converted ??= []).Add(new KeyValuePair<string, object>(parameter.Key, wire));
            }
        }

        if (converted is null)
        {
            return;
        }

        foreach (var parameter in converted)
        {
            requestInfo.QueryParameters[parameter.Key] = parameter.Value;
        }
    }
}
