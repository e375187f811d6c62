using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Kwiga.Sandbox.Binding;

/// <summary>
/// Picks the Laravel-compatible binders for query parameters of the generated controllers: booleans
/// (<see cref="LaravelBooleanModelBinder"/>) and lists whose name has no <c>[]</c>, which the contract
/// sends comma-separated (<see cref="CommaSeparatedListModelBinder"/>). Lists named <c>name[]</c> keep
/// ASP.NET's collection binder, which reads repeated <c>name[]=a&amp;name[]=b</c>.
/// </summary>
internal sealed class LaravelQueryBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.BindingInfo.BindingSource != BindingSource.Query)
        {
            return null;
        }

        var type = Nullable.GetUnderlyingType(context.Metadata.ModelType) ?? context.Metadata.ModelType;
        if (type == typeof(bool))
        {
            return new LaravelBooleanModelBinder();
        }

        var name = context.BindingInfo.BinderModelName ?? context.Metadata.Name ?? string.Empty;
        if (context.Metadata.IsEnumerableType && type != typeof(string) && !name.EndsWith("[]", StringComparison.Ordinal))
        {
            var itemType = context.Metadata.ElementType ?? typeof(string);
            return new CommaSeparatedListModelBinder(itemType);
        }

        return null;
    }
}
