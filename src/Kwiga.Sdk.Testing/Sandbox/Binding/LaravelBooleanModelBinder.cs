using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Kwiga.Sandbox.Binding;

/// <summary>
/// Binds a query-string boolean as Laravel reads one: <c>1</c>/<c>0</c> (what the SDK sends, and the docs'
/// own <c>with_offers=1</c>) and <c>true</c>/<c>false</c>. ASP.NET's own binder rejects <c>1</c>.
/// Anything else is a model error, which becomes a 422.
/// </summary>
internal sealed class LaravelBooleanModelBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var result = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (result == ValueProviderResult.None)
        {
            return Task.CompletedTask;
        }

        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, result);
        var value = result.FirstValue?.Trim();
        bool? parsed = value?.ToLowerInvariant() switch
        {
            "1" or "true" => true,
            "0" or "false" => false,
            "" or null when bindingContext.ModelMetadata.IsReferenceOrNullableType => null,
            _ => null,
        };

        if (parsed is null && !string.IsNullOrEmpty(value))
        {
            bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, $"The value '{value}' is not a boolean.");
            return Task.CompletedTask;
        }

        bindingContext.Result = ModelBindingResult.Success(parsed);
        return Task.CompletedTask;
    }
}
