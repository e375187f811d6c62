using Kwiga.EndToEnd.Tests.Support;
using Kwiga.Sdk;
using Kwiga.Sdk.Models;

namespace Kwiga.EndToEnd.Tests.Errors;

/// <summary>The sandbox's Laravel-shaped errors arrive as the SDK's typed exceptions.</summary>
public sealed class ErrorMappingTests
{
    [Test]
    public void A_contact_without_email_is_a_validation_exception_with_the_field_error()
    {
        var kwiga = SandboxClient.For();

        var error = Assert.ThrowsAsync<KwigaValidationException>(() => kwiga.Contacts.PostAsync(new ContactCreateRequest { FirstName = "No", LastName = "Email" }));

        Assert.That(error!.ResponseStatusCode, Is.EqualTo(422));
        Assert.That(error.Errors.Keys, Is.EqualTo(new[] { "email" }));
        Assert.That(error.Errors["email"], Is.EqualTo(new[] { "The email field is required." }));
        Assert.That(error.Details.Method, Is.EqualTo("POST"));
        Assert.That(error.Details.Path, Is.EqualTo("/contacts"));
    }

    [Test]
    public void Field_errors_of_nested_input_keep_laravels_dot_notation()
    {
        var kwiga = SandboxClient.For();

        var error = Assert.ThrowsAsync<KwigaValidationException>(() => kwiga.Contacts.PostAsync(new ContactCreateRequest
        {
            Email = "not-an-email",
            AdditionalFields = [new ContactAdditionalFieldInput { FieldId = 9999, Value = "x" }],
        }));

        Assert.That(error!.Errors.Keys, Is.EquivalentTo(new[] { "email", "additional_fields.0.field_id" }));
    }

    [Test]
    public void A_wrong_token_is_an_authentication_exception_that_does_not_reveal_the_token()
    {
        const string wrongToken = "e2e-wrong-token-do-not-print";
        var kwiga = SandboxClient.For(configure: o => o.Token = wrongToken);

        var error = Assert.ThrowsAsync<KwigaAuthenticationException>(() => kwiga.Timezones.GetAsync());

        Assert.That(error!.ResponseStatusCode, Is.EqualTo(401));
        Assert.That(error.ServerMessage, Is.EqualTo("Unauthenticated."));
        Assert.That(error.ToString(), Does.Not.Contain(wrongToken));
        Assert.That(error.ToString(), Does.Not.Contain(SharedSandbox.Instance.Options.CabinetHash));
    }

    [Test]
    public void A_wrong_cabinet_hash_is_an_authentication_exception()
    {
        var kwiga = SandboxClient.For(configure: o => o.CabinetHash = "not-this-cabinet");

        var error = Assert.ThrowsAsync<KwigaAuthenticationException>(() => kwiga.Contacts[1].GetAsync());

        Assert.That(error!.ResponseStatusCode, Is.EqualTo(401));
    }

    [Test]
    public void A_missing_record_is_a_not_found_exception()
    {
        var kwiga = SandboxClient.For();

        var error = Assert.ThrowsAsync<KwigaNotFoundException>(() => kwiga.Certificates.ByNumber["1986-9999"].GetAsync());

        Assert.That(error!.ResponseStatusCode, Is.EqualTo(404));
        Assert.That(error.Details.Path, Is.EqualTo("/certificates/by-number/1986-9999"));
    }

    [Test]
    public void A_page_size_above_the_documented_maximum_is_refused_before_it_reaches_the_server()
    {
        var transport = new RecordingTransport();
        var kwiga = SandboxClient.For(transport: transport);

        var error = Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => kwiga.Courses.GetAsync(r => r.QueryParameters.PerPage = 99));

        Assert.That(error!.Message, Does.Contain("per_page from 1 to 15"), "the limit the sandbox, like KWIGA, would answer with a 422");
        Assert.That(transport.Exchanges, Is.Empty);
    }

    [Test]
    public void Auto_pagination_refuses_a_page_size_above_the_maximum_before_the_first_page()
    {
        var transport = new RecordingTransport();
        var kwiga = SandboxClient.For(transport: transport);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => kwiga.Courses.GetAllAsync(options: new Kwiga.Sdk.PageOptions { PageSize = 99 }));

        Assert.That(error!.ParamName, Is.EqualTo("PageSize"));
        Assert.That(transport.Exchanges, Is.Empty);
    }
}
