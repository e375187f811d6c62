using System.Text.Json.Nodes;
using Kwiga.Generator.Contracts;

namespace Kwiga.Generator.Drift.Suggest;

/// <summary>
/// Collects additions to the contract and groups them by where they go, so five missing parameters of one
/// operation become one block. An addition to a list or mapping the contract does not have yet goes to its
/// owner as a new key.
/// </summary>
internal sealed class DraftSet
{
    private readonly RawContract _raw;
    private readonly Dictionary<string, (JsonNode Fragment, List<string> Reasons)> _byTarget = new(StringComparer.Ordinal);

    public DraftSet(RawContract raw) => _raw = raw;

    /// <summary>Appends <paramref name="item"/> to the list <paramref name="key"/> of the object at <paramref name="owner"/>.</summary>
    public void AddToList(string owner, string key, JsonNode item, string reason)
    {
        if (_raw.At(ContractPointer.Append(owner, key)) is JsonArray)
        {
            Merge(ContractPointer.Append(owner, key), new JsonArray(item), reason);
        }
        else
        {
            Merge(owner, new JsonObject { [key] = new JsonArray(item) }, reason);
        }
    }

    /// <summary>Adds <paramref name="name"/>: <paramref name="value"/> to the mapping <paramref name="key"/> of the object at <paramref name="owner"/>.</summary>
    public void AddToMap(string owner, string key, string name, JsonNode value, string reason)
    {
        if (_raw.At(ContractPointer.Append(owner, key)) is JsonObject)
        {
            Merge(ContractPointer.Append(owner, key), new JsonObject { [name] = value }, reason);
        }
        else
        {
            Merge(owner, new JsonObject { [key] = new JsonObject { [name] = value } }, reason);
        }
    }

    /// <summary>The suggestions in the order their targets were first used.</summary>
    public IReadOnlyList<Suggestion> ToList() =>
        _byTarget.Select(e => new Suggestion(e.Key, e.Value.Fragment, e.Value.Reasons.Distinct(StringComparer.Ordinal).ToList())).ToList();

    private void Merge(string target, JsonNode fragment, string reason)
    {
        if (_byTarget.TryGetValue(target, out var existing))
        {
            Combine(existing.Fragment, fragment);
            existing.Reasons.Add(reason);
        }
        else
        {
            _byTarget[target] = (fragment, [reason]);
        }
    }

    /// <summary>Deep merge: lists concatenate, mappings merge key by key.</summary>
    private static void Combine(JsonNode into, JsonNode from)
    {
        switch (into, from)
        {
            case (JsonArray list, JsonArray more):
                foreach (var item in more.ToList())
                {
                    more.Remove(item);
                    list.Add(item);
                }

                break;
            case (JsonObject map, JsonObject more):
                foreach (var (key, value) in more.ToList())
                {
                    more.Remove(key);
                    if (map[key] is { } present && value is not null && present.GetValueKind() == value.GetValueKind()
                        && value is JsonObject or JsonArray)
                    {
                        Combine(present, value);
                    }
                    else
                    {
                        map[key] = value;
                    }
                }

                break;
        }
    }
}
