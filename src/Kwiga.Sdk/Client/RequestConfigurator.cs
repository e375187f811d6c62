using System.Diagnostics.CodeAnalysis;
using Microsoft.Kiota.Abstractions;

namespace Kwiga.Sdk.Client;

/// <summary>
/// What the generated request builders call instead of <see cref="RequestInformation.Configure{T}"/>
/// (the build rewrites that one call in the generated code, see <c>build/KiotaGenerateTask.cs</c>):
/// the same steps in the same order, with the query parameters read through
/// <see cref="QueryParameterTable{T}"/> instead of by reflection on every request. <c>T</c> carries
/// Kiota's own trimming annotation, so a trimmed application keeps the query properties.
/// </summary>
internal static class RequestConfigurator
{
    /// <summary>Applies the caller's configuration: query parameters, request options, headers.</summary>
    public static void Configure<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] T>(RequestInformation request, Action<RequestConfiguration<T>>? configure)
        where T : class, new()
    {
        if (configure is null)
        {
            return;
        }

        var configuration = new RequestConfiguration<T>();
        configure(configuration);
        QueryParameterTable<T>.AddTo(request, configuration.QueryParameters);
        request.AddRequestOptions(configuration.Options);
        request.AddHeaders(configuration.Headers);
    }
}
