using System.Collections;
using Microsoft.Kiota.Abstractions.Serialization;

namespace Kwiga.Sdk.Tests.Support;

/// <summary>Walks a read model graph for what a typed read should have taken.</summary>
public static class ModelWalk
{
    /// <summary>"Type.field" for each AdditionalData entry whose key is a field the model declares.</summary>
    public static List<string> UntypedDocumentedFields(IParsable root)
    {
        var found = new List<string>();
        Walk(root, found, new HashSet<object>(ReferenceEqualityComparer.Instance));
        return found;
    }

    private static void Walk(object? value, List<string> found, HashSet<object> seen)
    {
        switch (value)
        {
            case null or string:
                return;
            case IParsable model when seen.Add(model):
                var fields = model.GetFieldDeserializers().Keys.ToHashSet(StringComparer.Ordinal);
                if (model is IAdditionalDataHolder { AdditionalData: { } data })
                {
                    found.AddRange(data.Keys.Where(fields.Contains).Select(k => $"{model.GetType().Name}.{k}"));
                    foreach (var extra in data.Values)
                    {
                        Walk(extra, found, seen);
                    }
                }

                foreach (var property in model.GetType().GetProperties().Where(p => p.GetIndexParameters().Length == 0 && p.Name != "AdditionalData"))
                {
                    Walk(property.GetValue(model), found, seen);
                }

                return;
            case IEnumerable items and not IDictionary:
                foreach (var item in items)
                {
                    Walk(item, found, seen);
                }

                return;
        }
    }
}
