using Microsoft.Kiota.Abstractions;

namespace Kwiga.Sdk.Client;

/// <summary>
/// What only the contract knows of an operation, by the URL template of its builder; the table is
/// generated from the SDK view (<c>obj/Generated/Client/ContractFacts.g.cs</c>, generator
/// <c>SdkCode/ContractFacts.cs</c>), never typed by hand.
/// </summary>
internal static partial class ContractFacts
{
    private static readonly Dictionary<string, OperationFacts[]> Facts = Create();

    /// <summary>The facts of <paramref name="request"/>'s operation, or null when the contract states none.</summary>
    public static OperationFacts? For(RequestInformation request) =>
        request.UrlTemplate is { } template ? For(template, request.HttpMethod) : null;

    /// <summary>The facts of the operation <paramref name="method"/> <paramref name="urlTemplate"/>.</summary>
    public static OperationFacts? For(string urlTemplate, Method method)
    {
        if (!Facts.TryGetValue(urlTemplate, out var operations))
        {
            return null;
        }

        foreach (var operation in operations)
        {
            if (operation.Method == method)
            {
                return operation;
            }
        }

        return null;
    }

    private static partial Dictionary<string, OperationFacts[]> Create();
}
