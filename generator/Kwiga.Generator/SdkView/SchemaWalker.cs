using System.Text.Json.Nodes;

namespace Kwiga.Generator.SdkView;

/// <summary>Visits every object of a document except examples (whose keys are data, not keywords).</summary>
public static class SchemaWalker
{
    /// <summary>Calls <paramref name="visit"/> for each object, parents before children, with its JSON pointer.</summary>
    public static void Visit(JsonNode? node, Action<JsonObject, string> visit, string location = "#")
    {
        if (node is JsonArray array)
        {
            for (var i = 0; i < array.Count; i++)
            {
                Visit(array[i], visit, $"{location}/{i}");
            }

            return;
        }

        if (node is not JsonObject obj)
        {
            return;
        }

        visit(obj, location);
        foreach (var (key, value) in obj.ToList())
        {
            if (key is not ("example" or "examples"))
            {
                Visit(value, visit, $"{location}/{key.Replace("~", "~0").Replace("/", "~1")}");
            }
        }
    }
}
