using System.Text.Json.Nodes;

namespace Kwiga.Generator.SdkView;

/// <summary>
/// Gives every string enum PascalCase member names through <c>x-ms-enum</c>, which Kiota reads:
/// <c>lesson_progress</c> becomes <c>LessonProgress</c> in C# (Kiota alone writes <c>Lesson_progress</c>)
/// and stays <c>lesson_progress</c> on the wire (<c>[EnumMember(Value = "lesson_progress")]</c>).
/// </summary>
public static class EnumMemberNames
{
    /// <summary>Names the members of every component enum in place (inline enums were promoted first).</summary>
    /// <returns>How many enums got names.</returns>
    /// <exception cref="InvalidOperationException">Two values of one enum would share a C# name.</exception>
    public static int Apply(JsonNode document)
    {
        if (document["components"]?["schemas"] is not JsonObject schemas)
        {
            return 0;
        }

        var count = 0;
        foreach (var (name, value) in schemas)
        {
            if (value is not JsonObject schema || schema["enum"] is not JsonArray values || schema["type"]?.GetValue<string>() != "string")
            {
                continue;
            }

            var members = new JsonArray();
            var seen = new HashSet<string>();
            foreach (var wire in values.Select(v => v?.GetValue<string>()).OfType<string>())
            {
                var member = CSharpNames.Pascal(wire);
                if (!seen.Add(member))
                {
                    throw new InvalidOperationException($"#/components/schemas/{name}: enum values would share the C# name '{member}'");
                }

                members.Add(new JsonObject { ["value"] = wire, ["name"] = member, ["description"] = string.Empty });
            }

            schema["x-ms-enum"] = new JsonObject { ["name"] = name, ["modelAsString"] = false, ["values"] = members };
            count++;
        }

        return count;
    }
}
