using System.Security.Cryptography;
using System.Text;
using Kwiga.Sandbox.Errors;
using Microsoft.Extensions.Options;

namespace Kwiga.Sandbox.Auth;

/// <summary>
/// Checks the <c>Token</c> and <c>Cabinet-Hash</c> headers against the configured values; anything else is
/// 401 <c>{"message":"Unauthenticated."}</c>, as KWIGA answers a wrong token or a cabinet without API access.
/// </summary>
internal sealed class CabinetAuthenticationMiddleware(RequestDelegate next, IOptions<SandboxOptions> options)
{
    public Task InvokeAsync(HttpContext context)
    {
        var expected = options.Value;
        var headers = context.Request.Headers;
        if (Matches(headers["Token"].ToString(), expected.Token) && Matches(headers["Cabinet-Hash"].ToString(), expected.CabinetHash))
        {
            return next(context);
        }

        return LaravelErrors.WriteAsync(context, StatusCodes.Status401Unauthorized, "Unauthenticated.");
    }

    private static bool Matches(string actual, string expected)
        => CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(actual), Encoding.UTF8.GetBytes(expected));
}
