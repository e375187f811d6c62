namespace Kwiga.Sdk.Internal;

/// <summary>Copies a request so it can be sent again (method, URI, headers, options, buffered body).</summary>
internal static class RequestCloner
{
    public static async Task<HttpRequestMessage> CloneAsync(HttpRequestMessage request)
    {
        var clone = new HttpRequestMessage(request.Method, request.RequestUri) { Version = request.Version };
        foreach (var header in request.Headers)
        {
            clone.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

#if NET5_0_OR_GREATER
        foreach (var option in request.Options)
        {
            ((IDictionary<string, object?>)clone.Options)[option.Key] = option.Value;
        }
#else
        foreach (var property in request.Properties)
        {
            clone.Properties[property.Key] = property.Value;
        }
#endif

        if (request.Content is not null)
        {
            var body = await request.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
            clone.Content = new ByteArrayContent(body);
            foreach (var header in request.Content.Headers)
            {
                clone.Content.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

        return clone;
    }
}
