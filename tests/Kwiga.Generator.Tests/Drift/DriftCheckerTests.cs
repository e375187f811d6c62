namespace Kwiga.Generator.Tests.Drift;

/// <summary>
/// DriftCases/docs.txt is a small dump in the docs' format; DriftCases/contract.yaml matches it. Each test
/// removes one thing from the contract and expects the drift command to notice.
/// </summary>
public sealed class DriftCheckerTests
{
    private static readonly string Docs = TestData.Path("DriftCases", "docs.txt");
    private static readonly string Contract = File.ReadAllText(TestData.Path("DriftCases", "contract.yaml"));
    private string _dir = null!;

    [SetUp]
    public void CreateTempDir() => _dir = Directory.CreateTempSubdirectory("kwiga-drift-").FullName;

    [TearDown]
    public void DeleteTempDir() => Directory.Delete(_dir, recursive: true);

    [Test]
    public void Matching_contract_has_no_errors_and_reports_what_the_dump_lost_as_info()
    {
        var (exitCode, output) = Drift(Contract);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(0), output);
            Assert.That(output, Does.Contain("drift: 3 documented operations, 2 documented schemas; 0 error(s), 0 warning(s)"));
            Assert.That(output, Does.Contain("info: unnamed-field: Contact: unnamed field in docs (\"Conditional: Included when custom fields exist.\"), cannot check"));
            Assert.That(output, Does.Contain("info: unnamed-schema: schema heading lost in the dump (fields first, last); contract candidates: PaginationLinks"));
            Assert.That(output, Does.Contain("info: undocumented-schema-field: Contact: contract fields not named in the docs: custom_fields"));
        });
    }

    [Test]
    public void Missing_operation_is_an_error_at_its_docs_line()
    {
        var contract = Contract.Replace("  /contacts/{contact}:\n    get:", "  /contacts/{contact}:\n    delete:");

        var (exitCode, output) = Drift(contract);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(1));
            Assert.That(output, Does.Contain($"{Docs}:47: error: missing-operation: GET /contacts/{{id}} is in the docs but not in the contract"));
            Assert.That(output, Does.Contain("info: undocumented-operation: DELETE /contacts/{contact}"));
        });
    }

    [Test]
    public void Missing_table_parameter_is_an_error_for_the_get_and_its_post_alias()
    {
        var contract = Contract
            .Replace("        - {name: with_orders, in: query, schema: {type: boolean}}\n", string.Empty)
            .Replace("                with_orders: {type: boolean}\n", string.Empty);

        var (exitCode, output) = Drift(contract);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(1));
            Assert.That(output, Does.Contain("error: missing-parameter: GET /contacts: parameter 'with_orders' (boolean) is in the docs but not in the contract"));
            Assert.That(output, Does.Contain("error: missing-parameter: POST /contacts/query (POST alias of GET /contacts): body has no 'with_orders'"));
        });
    }

    [Test]
    public void Parameter_only_in_a_curl_example_is_a_warning_that_does_not_fail()
    {
        var contract = Contract.Replace("        - {name: with_offers, in: query, schema: {type: boolean}}\n", string.Empty);

        var (exitCode, output) = Drift(contract);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(0));
            Assert.That(output, Does.Contain("warning: example-parameter-missing: GET /contacts: 'with_offers' appears only in a docs example"));
        });
    }

    [Test]
    public void Guessed_nesting_that_the_contract_flattens_is_info_only()
    {
        var contract = Contract.Replace("name: 'filters[search]'", "name: search");

        var (exitCode, output) = Drift(contract);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(0), output);
            Assert.That(output, Does.Contain("info: parameter-nesting-guessed: GET /contacts: 'filters.search' found only as 'search'"));
        });
    }

    [Test]
    public void Missing_schema_field_is_an_error()
    {
        var contract = Contract.Replace("        email: {type: string, nullable: true}\n", string.Empty);

        var (exitCode, output) = Drift(contract);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(1));
            Assert.That(output, Does.Contain($"{Docs}:62: error: missing-schema-field: Contact.email (string) is in the docs but not in the contract"));
        });
    }

    [Test]
    public void Missing_schema_is_an_error()
    {
        var contract = Contract.Replace("    Contact:\n", "    Person:\n").Replace("schemas/Contact'", "schemas/Person'");

        var (exitCode, output) = Drift(contract);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(1));
            Assert.That(output, Does.Contain("error: missing-schema: schema Contact is in the docs but not in the contract's components"));
        });
    }

    [Test]
    public void List_described_as_paginated_needs_data_links_and_meta()
    {
        var contract = Contract.Replace("        links: {$ref: '#/components/schemas/PaginationLinks'}\n", string.Empty);

        var (exitCode, output) = Drift(contract);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(1));
            Assert.That(output, Does.Contain("error: missing-response-field: GET /contacts: the docs describe a paginated response ('links'"));
        });
    }

    [Test]
    public void A_changed_documented_type_of_a_list_filter_is_an_error_for_the_get_and_its_post_alias()
    {
        var docs = DocsText.Replace("ids integer[] optional", "ids string[] optional");

        var (exitCode, output) = Drift(Contract, docs);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(1), output);
            Assert.That(output, Does.Contain("error: type-mismatch: GET /contacts: parameter 'filters.ids': documented as string[], the contract has integer[]"));
            Assert.That(output, Does.Contain("error: type-mismatch: POST /contacts/query (POST alias of GET /contacts): body field 'filters.ids': documented as string[], the contract has integer[]"));
        });
    }

    [Test]
    public void A_changed_documented_type_of_a_schema_field_is_an_error()
    {
        var docs = DocsText.Replace("id integer\n", "id string\n");

        var (exitCode, output) = Drift(Contract, docs);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(1), output);
            Assert.That(output, Does.Contain("error: type-mismatch: Contact.id: documented as string, the contract has integer"));
        });
    }

    [Test]
    public void A_field_documented_nullable_that_the_contract_makes_non_nullable_is_an_error()
    {
        var contract = Contract.Replace("        email: {type: string, nullable: true}\n", "        email: {type: string}\n");

        var (exitCode, output) = Drift(contract);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(1), output);
            Assert.That(output, Does.Contain("error: type-mismatch: Contact.email: documented as nullable, the contract does not allow null"));
        });
    }

    [Test]
    public void A_contract_that_only_also_allows_null_is_a_warning_asking_for_a_note()
    {
        var contract = Contract.Replace("        id: {type: integer}\n", "        id: {type: integer, nullable: true}\n");

        var (exitCode, output) = Drift(contract);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(0), output);
            Assert.That(output, Does.Contain("warning: nullable-unrecorded: Contact.id: the contract allows null, the docs do not say nullable"));
        });
    }

    [Test]
    public void An_integer_flag_declared_boolean_is_an_error_unless_a_doc_note_records_it()
    {
        var boolean = Contract.Replace("{name: 'filters[is_active]', in: query, schema: {type: integer}}", "{name: 'filters[is_active]', in: query, schema: {type: boolean}}");
        var noted = Contract.Replace("{name: 'filters[is_active]', in: query, schema: {type: integer}}",
            "{name: 'filters[is_active]', in: query, schema: {type: boolean}, x-kwiga-doc-note: 'The docs type it integer (1/0); declared boolean, sent as 1/0.'}");

        var (failing, failingOutput) = Drift(boolean);
        var (passing, passingOutput) = Drift(noted);

        Assert.Multiple(() =>
        {
            Assert.That(failing, Is.EqualTo(1), failingOutput);
            Assert.That(failingOutput, Does.Contain("error: type-mismatch: GET /contacts: parameter 'filters.is_active': documented as integer, the contract has boolean"));
            Assert.That(passing, Is.EqualTo(0), passingOutput);
            Assert.That(passingOutput, Does.Contain("info: type-difference-recorded: GET /contacts: parameter 'filters.is_active': documented as integer, the contract has boolean (recorded: x-kwiga-doc-note: The docs type it integer"));
        });
    }

    [Test]
    public void A_union_of_wire_forms_with_an_sdk_type_records_the_difference()
    {
        var contract = Contract.Replace("        id: {type: integer}\n",
            "        id:\n          anyOf: [{type: string}, {type: boolean}]\n          x-kwiga-sdk-type: string\n");

        var (exitCode, output) = Drift(contract);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(0), output);
            Assert.That(output, Does.Contain("info: type-difference-recorded: Contact.id: documented as integer, the contract has "));
            Assert.That(output, Does.Contain("(recorded: union with x-kwiga-sdk-type: string)"));
        });
    }

    [TestCase("{type: string, format: date-time}", TestName = "Datetime_filter_accepts_a_date_time_string")]
    [TestCase("{type: string, format: date}", TestName = "Datetime_filter_accepts_a_date_string_as_the_docs_examples_send")]
    [TestCase("{type: string}", TestName = "Datetime_filter_accepts_a_plain_string_on_input")]
    public void Datetime_filters_accept_the_typed_and_the_plain_forms(string schema)
    {
        var contract = Contract.Replace("{name: 'filters[date_from]', in: query, schema: {type: string}}", $"{{name: 'filters[date_from]', in: query, schema: {schema}}}");

        var (exitCode, output) = Drift(contract);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(0), output);
            Assert.That(output, Does.Not.Contain("filters.date_from'"));
        });
    }

    [TestCase("{type: string}", TestName = "Datetime_field_as_a_plain_string_is_an_error")]
    [TestCase("{type: integer}", TestName = "Datetime_field_as_an_integer_is_an_error")]
    public void A_datetime_schema_field_needs_a_date_format(string schema)
    {
        var contract = Contract.Replace("        created_at: {type: string, format: date-time}\n", $"        created_at: {schema}\n");

        var (exitCode, output) = Drift(contract);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(1), output);
            Assert.That(output, Does.Contain("error: type-mismatch: Contact.created_at: documented as datetime"));
        });
    }

    private static string DocsText => File.ReadAllText(Docs);

    private (int ExitCode, string Output) Drift(string contract, string? docs = null)
    {
        var path = Path.Combine(_dir, "contract.yaml");
        File.WriteAllText(path, contract);
        var docsPath = Docs;
        if (docs is not null)
        {
            docsPath = Path.Combine(_dir, "docs.txt");
            File.WriteAllText(docsPath, docs);
        }

        var (exitCode, output, error) = CliRunner.Run("drift", docsPath, path);
        return (exitCode, output + error);
    }
}
