using Kwiga.Sandbox.Contract;
using Kwiga.Sandbox.Data;
using Kwiga.Sandbox.Data.Mapping;
using Microsoft.AspNetCore.Mvc;

namespace Kwiga.Sandbox.Controllers;

/// <summary>The Certificates tag: look-up by public number (<c>1986-0001</c> ... <c>1986-0005</c> are seeded).</summary>
internal sealed class CertificatesApi(SandboxStore store, IHttpContextAccessor http) : SandboxApi(store, http), ICertificatesController
{
    public Task<ActionResult<CertificateResponse>> GetCertificateByNumberAsync(Locale? x_Language, string number, CancellationToken cancellationToken = default)
    {
        lock (Store.Sync)
        {
            var certificate = Found(Store.Certificates.Find(c => string.Equals(c.Number, number, StringComparison.Ordinal)));
            return Ok(new CertificateResponse { Data = CertificateMapper.ToCertificate(certificate) });
        }
    }
}
