using System.Security.Cryptography;
using System.Text;

namespace Kwiga.Sdk;

/// <summary>
/// The key a token's budget is kept under: a SHA-256 of the token, so the token itself is never a
/// dictionary key, a log field or a Redis key.
/// </summary>
public static class TokenKey
{
    /// <summary>Hex SHA-256 of <paramref name="token"/> (first 32 hex digits are plenty to tell tokens apart).</summary>
    public static string Of(string token)
    {
        if (token is null)
        {
            throw new ArgumentNullException(nameof(token));
        }

        using var sha = SHA256.Create();
        var hash = sha.ComputeHash(Encoding.UTF8.GetBytes(token));
        var text = new StringBuilder(32);
        for (var i = 0; i < 16; i++)
        {
            text.Append(hash[i].ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }
}
