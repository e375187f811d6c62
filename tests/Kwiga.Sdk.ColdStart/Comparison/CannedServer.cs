using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Kwiga.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Kwiga.Sdk.ColdStart.Comparison;

/// <summary>
/// Answers every request on 127.0.0.1 with the docs' <c>listCourseUsers</c> <c>withInclude</c> example
/// (3.6 KB, every include) and KWIGA's rate-limit headers; over HTTPS with a self-signed certificate
/// (as KWIGA is reached: every contender then loads TLS) unless plain HTTP is asked for.
/// </summary>
public sealed class CannedServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private CannedServer(WebApplication app, Uri baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    /// <summary>Where the contenders send their request.</summary>
    public Uri BaseUrl { get; }

    /// <summary>Starts the server on a free port.</summary>
    public static async Task<CannedServer> StartAsync(bool https)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(ContractExamples.SuccessExample("listCourseUsers", "withInclude"));
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        var certificate = https ? SelfSigned() : null;
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen =>
        {
            if (certificate is not null)
            {
                listen.UseHttps(certificate);
            }
        }));
        var app = builder.Build();
        app.Run(async context =>
        {
            context.Response.ContentType = "application/json";
            context.Response.Headers["X-RateLimit-Limit"] = "200";
            context.Response.Headers["X-RateLimit-Remaining"] = "199";
            context.Response.ContentLength = body.Length;
            await context.Response.Body.WriteAsync(body).ConfigureAwait(false);
        });
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new CannedServer(app, new Uri(address.TrimEnd('/') + "/"));
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private static X509Certificate2 SelfSigned()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));

        // Kestrel on Linux needs the key in a loadable form: round-trip through PKCS#12.
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pkcs12), null);
    }
}
