using Kwiga.Sandbox.Contract;
using Kwiga.Sandbox.Data.Records;

namespace Kwiga.Sandbox.Data.Mapping;

/// <summary>Certificates as <c>GET /certificates/by-number/{number}</c> sends them.</summary>
internal static class CertificateMapper
{
    public static Certificate ToCertificate(CertificateRecord certificate) => new()
    {
        Id = certificate.Id,
        Uuid = certificate.Uuid,
        Cabinet_id = 1,
        User_id = certificate.UserId,
        Issued_at = certificate.IssuedAt,
        Number = certificate.Number,
        Link = $"{Wire.SchoolUrl}/certificates/{certificate.Uuid}",
        Created_at = certificate.IssuedAt,
        Updated_at = certificate.IssuedAt,
        Finished_at = certificate.IssuedAt,
        Points = certificate.Points,
        User = new UserSimple { Id = certificate.UserId, Name = certificate.UserName, Email = certificate.UserEmail },
        Certificateble_title = certificate.CourseTitle,
    };
}
