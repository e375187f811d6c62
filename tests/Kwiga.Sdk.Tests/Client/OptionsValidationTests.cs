using Kwiga.Sdk.Client;
using Kwiga.Sdk.Tests.Support;

namespace Kwiga.Sdk.Tests.Client;

/// <summary>Bad options fail when the client is built, with a message that says what to fix.</summary>
public class OptionsValidationTests
{
    [Test]
    public void Missing_token_and_cabinet_hash_are_both_reported()
    {
        var error = Assert.Throws<KwigaConfigurationException>(() => KwigaClientFactory.Create(new KwigaOptions()));

        Assert.That(error!.Problems, Has.Count.EqualTo(2));
        Assert.That(error.Message, Does.Contain("Token").And.Contain("CabinetHash"));
    }

    [TestCase("http://api.kwiga.com", false)]
    [TestCase("http://10.0.0.5:8080", false)]
    [TestCase("http://127.0.0.1:5005", true)]
    [TestCase("http://localhost:5005", true)]
    [TestCase("http://[::1]:5005", true)]
    [TestCase("https://api.kwiga.com", true)]
    [TestCase("ftp://api.kwiga.com", false)]
    public void Plain_http_is_accepted_for_loopback_only(string url, bool valid)
    {
        var options = TestClients.Options(o => o.BaseUrl = new Uri(url));

        if (valid)
        {
            Assert.DoesNotThrow(options.Validate);
        }
        else
        {
            Assert.That(Assert.Throws<KwigaConfigurationException>(options.Validate)!.Message, Does.Contain("BaseUrl"));
        }
    }

    [TestCase("uk", true)]
    [TestCase("en", true)]
    [TestCase("ua", false)]
    [TestCase("EN-us", false)]
    public void Language_must_be_a_documented_locale(string language, bool valid)
    {
        var options = TestClients.Options(o => o.Language = language);

        Assert.That(() => options.Validate(), valid ? Throws.Nothing : Throws.InstanceOf<KwigaConfigurationException>());
    }

    [Test]
    public void A_non_positive_timeout_is_refused()
    {
        Assert.Throws<KwigaConfigurationException>(TestClients.Options(o => o.Timeout = TimeSpan.Zero).Validate);
    }
}
