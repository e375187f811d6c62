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

    [Test]
    public void An_impossible_rate_limit_budget_is_refused_with_every_problem_named()
    {
        var options = TestClients.Options(o =>
        {
            o.RateLimit.PermitLimit = 0;
            o.RateLimit.Window = TimeSpan.Zero;
            o.RateLimit.QueueLimit = -1;
            o.RateLimit.MaxWait = TimeSpan.FromSeconds(-1);
        });

        var error = Assert.Throws<KwigaConfigurationException>(options.Validate);

        Assert.That(error!.Problems, Has.Count.EqualTo(4));
        Assert.That(error.Message, Does.Contain("RateLimit:PermitLimit").And.Contain("RateLimit:Window").And.Contain("QueueLimit").And.Contain("MaxWait"));
    }

    [Test]
    public void A_disabled_budget_is_still_valid_and_a_null_one_is_not()
    {
        Assert.DoesNotThrow(TestClients.Options(o => o.RateLimit.Enabled = false).Validate);
        Assert.That(Assert.Throws<KwigaConfigurationException>(TestClients.Options(o => o.RateLimit = null!).Validate)!.Message, Does.Contain("RateLimit"));
    }

    [TestCase(-1, 1, 30, "MaxRetries")]
    [TestCase(3, -1, 30, "BaseDelay")]
    [TestCase(3, 10, 5, "MaxDelay")]
    public void Impossible_retry_settings_are_refused(int maxRetries, int baseSeconds, int maxSeconds, string named)
    {
        var options = TestClients.Options(o =>
        {
            o.Retry.MaxRetries = maxRetries;
            o.Retry.BaseDelay = TimeSpan.FromSeconds(baseSeconds);
            o.Retry.MaxDelay = TimeSpan.FromSeconds(maxSeconds);
        });

        Assert.That(Assert.Throws<KwigaConfigurationException>(options.Validate)!.Message, Does.Contain(named));
    }

    [Test]
    public void Turning_retries_off_with_zero_is_valid()
    {
        Assert.DoesNotThrow(TestClients.Options(o => o.Retry.MaxRetries = 0).Validate);
    }
}
