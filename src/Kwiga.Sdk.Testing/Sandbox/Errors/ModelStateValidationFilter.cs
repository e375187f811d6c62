using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Filters;

using Kwiga.Sandbox.Validation;

namespace Kwiga.Sandbox.Errors;

/// <summary>
/// Binding failures (<c>per_page=abc</c>, <c>sort_by=up</c>, <c>with_orders=maybe</c>, a JSON body of the
/// wrong shape) become Laravel 422s with the field in dot notation, before the implementation runs.
/// The generated controllers carry no <c>[ApiController]</c>, so without this they would see nulls.
/// </summary>
internal sealed partial class ModelStateValidationFilter : IActionFilter
{
    public void OnActionExecuting(ActionExecutingContext context)
    {
        if (context.ModelState.IsValid)
        {
            return;
        }

        var types = context.ActionDescriptor.Parameters.ToDictionary(
            p => p.BindingInfo?.BinderModelName ?? p.Name, p => p.ParameterType, StringComparer.Ordinal);
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (key, entry) in context.ModelState)
        {
            foreach (var error in entry.Errors)
            {
                var (field, message) = Describe(key, error.ErrorMessage + " " + error.Exception?.Message, types);
                if (!errors.TryGetValue(field, out var list))
                {
                    errors[field] = list = [];
                }

                if (!list.Contains(message))
                {
                    list.Add(message);
                }
            }
        }

        throw new SandboxValidationException(errors);
    }

    public void OnActionExecuted(ActionExecutedContext context)
    {
    }

    private static (string Field, string Message) Describe(string key, string detail, Dictionary<string, Type> types)
    {
        var required = RequiredProperty().Match(detail);
        if (required.Success)
        {
            var name = LaravelField.FromBindingKey(CombineBodyPath(key, required.Groups["name"].Value));
            return (name, $"The {LaravelField.Display(name)} field is required.");
        }

        var field = LaravelField.FromBindingKey(key);
        types.TryGetValue(key.Split('.')[0], out var type);
        type = Nullable.GetUnderlyingType(type ?? typeof(string)) ?? type ?? typeof(string);
        var display = LaravelField.Display(field);
        var message = type switch
        {
            _ when type == typeof(int) || type == typeof(long) => $"The {display} field must be an integer.",
            _ when type == typeof(bool) => $"The {display} field must be true or false.",
            _ when type.IsEnum || type != typeof(string) && type.IsAssignableTo(typeof(System.Collections.IEnumerable)) => $"The selected {display} is invalid.",
            _ => $"The {display} field is invalid.",
        };
        return (field, message);
    }

    private static string CombineBodyPath(string key, string property)
    {
        // Newtonsoft reports a missing property under its parent's path (or, depending on the reader, its own).
        var parent = key is "" or "body" ? string.Empty : key.StartsWith("body.", StringComparison.Ordinal) ? key[5..] : key;
        return parent.Length == 0 || parent == property || parent.EndsWith("." + property, StringComparison.Ordinal) ? (parent.Length == 0 ? property : parent) : parent + "." + property;
    }

    [GeneratedRegex(@"Required property '(?<name>[^']+)' (not found|expects a non-null value)")]
    private static partial Regex RequiredProperty();
}
