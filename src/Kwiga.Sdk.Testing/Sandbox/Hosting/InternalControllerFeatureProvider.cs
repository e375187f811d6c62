using System.Reflection;
using Microsoft.AspNetCore.Mvc.Controllers;

namespace Kwiga.Sandbox.Hosting;

/// <summary>
/// Lets MVC find the generated controllers although they are internal: the package's public surface is
/// Kwiga.Sdk.Testing only, and MVC's own provider accepts public classes only.
/// </summary>
internal sealed class InternalControllerFeatureProvider : ControllerFeatureProvider
{
    private static readonly Assembly Engine = typeof(InternalControllerFeatureProvider).Assembly;

    protected override bool IsController(TypeInfo typeInfo)
        => typeInfo.Assembly == Engine
            && typeInfo is { IsClass: true, IsAbstract: false, ContainsGenericParameters: false }
            && typeInfo.Name.EndsWith("Controller", StringComparison.Ordinal)
            && typeof(Microsoft.AspNetCore.Mvc.ControllerBase).IsAssignableFrom(typeInfo);
}
