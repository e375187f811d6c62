using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Kwiga.Sandbox.Binding;

/// <summary>
/// Binds a list sent in the contract's <c>explode: false</c> form, <c>include=a,b</c> (repeated keys are
/// joined too). Enum items match their contract value (<c>lesson_progress</c>); an unknown item is a
/// model error, which becomes a 422.
/// </summary>
internal sealed class CommaSeparatedListModelBinder(Type itemType) : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var result = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (result == ValueProviderResult.None)
        {
            return Task.CompletedTask;
        }

        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, result);
        var items = result.Values
            .SelectMany(v => (v ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        var list = (System.Collections.IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(itemType))!;
        foreach (var item in items)
        {
            if (!TryConvert(item, out var converted))
            {
                bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, $"The value '{item}' is not valid.");
                return Task.CompletedTask;
            }

            list.Add(converted);
        }

        bindingContext.Result = ModelBindingResult.Success(list);
        return Task.CompletedTask;
    }

    private bool TryConvert(string item, out object? value)
    {
        value = null;
        if (itemType == typeof(string))
        {
            value = item;
            return true;
        }

        if (itemType == typeof(int))
        {
            var ok = int.TryParse(item, out var number);
            value = number;
            return ok;
        }

        if (itemType.IsEnum)
        {
            return ContractEnum.TryParse(itemType, item, out value);
        }

        return false;
    }
}
