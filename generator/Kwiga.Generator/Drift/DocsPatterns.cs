using System.Text.RegularExpressions;

namespace Kwiga.Generator.Drift;

/// <summary>The line shapes of the docs dump (a Ukrainian docs page pasted as text).</summary>
public static partial class DocsPatterns
{
    /// <summary>Heading that starts the data-schema section.</summary>
    public const string SchemaSectionHeading = "Схеми даних";

    /// <summary>Heading of the "response structure" part of an operation.</summary>
    public const string ResponseStructureHeading = "Структура відповіді";

    /// <summary>Heading placed just before a POST alias endpoint line.</summary>
    public const string PostAliasHeading = "POST-аліас";

    /// <summary>Headings of parameter tables (the docs use several for the same thing).</summary>
    public static readonly IReadOnlySet<string> ParameterTableHeadings = new HashSet<string>(StringComparer.Ordinal)
    {
        "URL Parameters", "Request", "Parameters", "Query Parameters", "Body Parameters", "Body",
    };

    /// <summary>Heading of an operation's request example; the line before it names the operation.</summary>
    public const string RequestExampleHeading = "Приклад запиту:";

    /// <summary>Headings that end a table: examples start here.</summary>
    public static readonly IReadOnlySet<string> ExampleHeadings = new HashSet<string>(StringComparer.Ordinal)
    {
        RequestExampleHeading, "Приклад відповіді:", PostAliasHeading,
    };

    /// <summary>
    /// The three stock sentences the docs print for a paginated response, whose field names the dump lost.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> PaginationSentences = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Елементи поточної сторінки."] = "data",
        ["Посилання на інші сторінки того самого списку."] = "links",
        ["Стан пагінації для поточного запиту (номер сторінки, загальна кількість тощо)."] = "meta",
    };

    /// <summary><c>curl --location --request GET 'https://api.kwiga.com/contacts?page=1' \</c></summary>
    [GeneratedRegex(@"^curl\s+--location\s+--request\s+(?<method>GET|POST|PUT|PATCH|DELETE)\s+'https?://api\.kwiga\.com(?<url>[^']*)'")]
    public static partial Regex CurlLine();

    /// <summary><c>GET https://api.kwiga.com/contacts/:contact</c></summary>
    [GeneratedRegex(@"^(?<method>GET|POST|PUT|PATCH|DELETE)\s+https?://api\.kwiga\.com(?<url>\S*)\s*$")]
    public static partial Regex EndpointLine();

    /// <summary>A parameter row: <c>per_page integer optional</c>, <c>type_discount.id string required</c>.</summary>
    [GeneratedRegex(@"^(?<name>[A-Za-z_][A-Za-z0-9_.\[\]]*)\s+(?<type>\S+)\s+(?<req>required|optional)\s*$")]
    public static partial Regex ParameterRow();

    /// <summary>A schema field row: <c>user_id integer nullable</c>, <c>tags FlowTag[] conditional</c>.</summary>
    [GeneratedRegex(@"^(?<name>[a-z_][a-z0-9_]*)\s+(?<type>(?:integer|string|number|boolean|datetime|date|object|array|[A-Z][A-Za-z0-9]*)(?:\[\])?(?:/(?:integer|string|number|boolean|object)(?:\[\])?)?)(?<flags>(?:\s+(?:nullable|conditional))*)\s*$")]
    public static partial Regex FieldRow();

    /// <summary>A schema heading: one PascalCase word.</summary>
    [GeneratedRegex(@"^[A-Z][A-Za-z0-9]+$")]
    public static partial Regex SchemaHeading();

    /// <summary>A "Conditional: ..." note, which starts a field whose name was lost when it follows a finished field.</summary>
    [GeneratedRegex(@"^Conditional:\s*(?<text>.*)$")]
    public static partial Regex ConditionalNote();
}
