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
            Assert.That(output, Does.Contain($"{Docs}:41: error: missing-operation: GET /contacts/{{id}} is in the docs but not in the contract"));
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
            Assert.That(output, Does.Contain($"{Docs}:56: error: missing-schema-field: Contact.email (string) is in the docs but not in the contract"));
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

    private (int ExitCode, string Output) Drift(string contract)
    {
        var path = Path.Combine(_dir, "contract.yaml");
        File.WriteAllText(path, contract);
        var (exitCode, output, error) = CliRunner.Run("drift", Docs, path);
        return (exitCode, output + error);
    }
}
