using Kwiga.Testing;

namespace Kwiga.Generator.Tests.Drift;

/// <summary>
/// <c>drift --suggest</c> on a docs dump with an added field, parameters and an endpoint: the printed YAML
/// names what to add and where, and pasted into the contract it makes lint and drift pass.
/// </summary>
public sealed class SuggestTests
{
    private static readonly string Docs = TestData.Path("DriftCases", "docs.txt");
    private static readonly string Contract = TestData.Path("DriftCases", "contract.yaml");
    private string _dir = null!;

    [SetUp]
    public void CreateTempDir() => _dir = Directory.CreateTempSubdirectory("kwiga-suggest-").FullName;

    [TearDown]
    public void DeleteTempDir() => Directory.Delete(_dir, recursive: true);

    [Test]
    public void A_missing_query_parameter_is_drafted_under_its_operation_in_the_contract_conventions()
    {
        var docs = WithLines(File.ReadAllText(Docs), after: "Ідентифікатори контактів\n", "tag_ids integer/integer[] optional", "Ідентифікатори тегів");

        var output = Suggest(docs, Contract);

        Assert.That(output, Does.Contain("""
            # add to #/paths/~1contacts/get/parameters
            - name: 'filters[tag_ids][]'
              in: query
              description: 'Ідентифікатори тегів'
              style: form
              explode: true
              x-kwiga-doc-note: 'The docs type this "integer/integer[]"; sent as integer[].'
              schema:
                type: array
                items:
                  type: integer
            """.ReplaceLineEndings("\n")));
    }

    [Test]
    public void A_missing_alias_body_field_is_drafted_inside_the_existing_filters_object()
    {
        var docs = WithLines(File.ReadAllText(Docs), after: "Ідентифікатори контактів\n", "tag_ids integer[] optional", "Ідентифікатори тегів");

        var output = Suggest(docs, Contract);

        Assert.That(output, Does.Contain("# add to #/paths/~1contacts~1query/post/requestBody/content/application~1json/schema/properties/filters/properties\ntag_ids:\n"));
    }

    [Test]
    public void A_missing_conditional_field_gets_type_nullable_condition_and_a_description_that_names_it()
    {
        var docs = WithLines(File.ReadAllText(Docs), after: "created_at datetime\n",
            "nickname string nullable conditional", "Conditional: Included when the contact set a nickname.", "Псевдонім контакту");

        var output = Suggest(docs, Contract);

        Assert.That(output, Does.Contain("""
            # add to #/components/schemas/Contact/properties
            nickname:
              description: 'Псевдонім контакту. Conditional: Included when the contact set a nickname.'
              type: string
              nullable: true
              x-kwiga-conditional: Included when the contact set a nickname.
            """.ReplaceLineEndings("\n")));
    }

    [Test]
    public void A_missing_endpoint_is_drafted_as_a_stub_with_tag_path_parameter_table_and_response_structure()
    {
        var docs = File.ReadAllText(Docs).Replace("Схеми даних\n", NotesEndpoint + "Схеми даних\n", StringComparison.Ordinal);

        var output = Suggest(docs, Contract);

        Assert.Multiple(() =>
        {
            Assert.That(output, Does.Contain("# add to #/paths\n'/contacts/{contact}/notes':\n  get:\n    operationId: listContactsNotes\n    tags:\n    - Contacts\n"));
            Assert.That(output, Does.Contain("    - name: contact\n      in: path\n      required: true\n      schema:\n        type: integer\n"));
            Assert.That(output, Does.Contain("    - name: author_id\n      in: query\n"));
            Assert.That(output, Does.Contain("                links:\n                  $ref: '#/components/schemas/PaginationLinks'\n"));
        });
    }

    [Test]
    public void Pasted_into_the_small_contract_the_drafts_clear_every_drift_error()
    {
        var docs = WithLines(File.ReadAllText(Docs), after: "Ідентифікатори контактів\n", "tag_ids integer/integer[] optional", "Ідентифікатори тегів");
        docs = WithLines(docs, after: "created_at datetime\n", "nickname string nullable conditional", "Conditional: Included when the contact set a nickname.", "Псевдонім контакту");
        docs = docs.Replace("Схеми даних\n", NotesEndpoint + "Схеми даних\n", StringComparison.Ordinal);
        var docsPath = Write("docs.txt", docs);
        var merged = Path.Combine(_dir, "merged.json");

        var (before, output, _) = CliRunner.Run("drift", docsPath, Contract, "--suggest");
        SuggestionPaste.Apply(output, Contract, merged);
        var (after, afterOutput, error) = CliRunner.Run("drift", docsPath, merged);

        Assert.Multiple(() =>
        {
            Assert.That(before, Is.EqualTo(1), output);
            Assert.That(SuggestionPaste.Blocks(output), Has.Count.EqualTo(4), output);
            Assert.That(after, Is.EqualTo(0), afterOutput + error);
            Assert.That(afterOutput, Does.Contain("0 error(s)"));
        });
    }

    [Test]
    public void Pasted_into_the_real_contract_the_drafts_pass_lint_and_drift()
    {
        var seed = TestData.FindSeed();
        if (seed is null)
        {
            Assert.Ignore($"shared/seed/{TestData.SeedFileName} not found above {AppContext.BaseDirectory}.");
        }

        var docs = File.ReadAllText(seed!).ReplaceLineEndings("\n");
        docs = WithLines(docs, after: "search string optional\nФільтр по email, телефону, ПІБ\n", "tag_ids integer/integer[] optional", "Ідентифікатори тегів");
        docs = WithLines(docs, after: "with_certificates boolean optional\nДодатково отримати інформацію по сертифікатам контакта\n", "with_notes boolean optional", "Додатково отримати нотатки");
        docs = WithLines(docs, after: "phone string optional\nНомер телефону — формат: +{код країни}{телефон}\n", "birthday date optional", "Дата народження");
        docs = WithLines(docs, after: "email string\nEmail контакту\n", "nickname string nullable conditional", "Conditional: Included when the contact set a nickname.", "Псевдонім контакту");
        docs = docs.Replace("\nСхеми даних\n", "\n" + NotesEndpoint + "Схеми даних\n", StringComparison.Ordinal);
        var docsPath = Write("docs.txt", docs);
        var contract = RepositoryRoot.File("openapi/kwiga.yaml");
        var merged = Path.Combine(_dir, "kwiga.merged.json");

        var (before, output, _) = CliRunner.Run("drift", docsPath, contract, "--suggest");
        SuggestionPaste.Apply(output, contract, merged);
        var lint = CliRunner.Run("lint", merged);
        var drift = CliRunner.Run("drift", docsPath, merged);

        Assert.Multiple(() =>
        {
            Assert.That(before, Is.EqualTo(1), output);
            Assert.That(output, Does.Contain("missing-operation: GET /contacts/{id}/notes").And.Contain("missing-schema-field: Contact.nickname")
                .And.Contain("missing-parameter: GET /contacts: parameter 'with_notes'").And.Contain("missing-parameter: POST /contacts: parameter 'birthday'"));
            Assert.That(lint.ExitCode, Is.EqualTo(0), lint.Out + lint.Error);
            Assert.That(drift.ExitCode, Is.EqualTo(0), drift.Out + drift.Error);
            Assert.That(drift.Out, Does.Contain("28 documented operations").And.Contain("0 error(s)"));
        });
    }

    private const string NotesEndpoint = """
        Нотатки контакту

        Приклад запиту:

        curl --location --request GET 'https://api.kwiga.com/contacts/{id}/notes?page=1' \
        --header 'Token: <Token>'

        GET https://api.kwiga.com/contacts/:contact/notes

        URL Parameters

        page integer optional
        Номер сторінки
        author_id integer optional
        Автор нотатки

        Структура відповіді

        Елементи поточної сторінки.
        Посилання на інші сторінки того самого списку.
        Стан пагінації для поточного запиту (номер сторінки, загальна кількість тощо).


        """;

    private static string WithLines(string docs, string after, params string[] lines)
    {
        var at = docs.IndexOf(after, StringComparison.Ordinal);
        Assert.That(at, Is.GreaterThanOrEqualTo(0), $"anchor not in the docs: {after}");
        return docs.Insert(at + after.Length, string.Join("\n", lines) + "\n");
    }

    private string Suggest(string docs, string contract)
    {
        var (_, output, error) = CliRunner.Run("drift", Write("docs.txt", docs), contract, "--suggest");
        return output + error;
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }
}
