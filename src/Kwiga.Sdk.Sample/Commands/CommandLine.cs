using System.Globalization;

namespace Kwiga.Sdk.Sample.Commands;

/// <summary>Reads the arguments: <c>kwiga [contacts | course-users [ID] | coupon [CODE] [PRICE]] [--all]</c>.</summary>
internal static class CommandLine
{
    /// <summary>How this program is started, from the repository's root as the README shows, for the hints it prints.</summary>
    public const string Invocation = "dotnet run --project src/Kwiga.Sdk.Sample --";

    public const string Synopsis = $"usage: {Invocation} [contacts | course-users [COURSE_ID] | coupon [CODE] [PRICE]] [--all]";

    public const string Usage = Synopsis + "\n\n" + """
          (no command)              run all three commands below with their defaults
          contacts                  every contact, page after page (the first 10 are printed; --all prints every one)
          course-users [COURSE_ID]  a course's participants with their progress (--all prints every one)
                                    default: course 20 in the sandbox, the cabinet's newest course with participants otherwise
          coupon [CODE] [PRICE]     whether a coupon can be used, and its discount on PRICE (default 100)
                                    default code: SANDBOX10 in the sandbox; required otherwise

        With KWIGA_TOKEN and KWIGA_CABINET_HASH set, kwiga calls the KWIGA API (https://api.kwiga.com, or
        KWIGA_BASE_URL). Without them it starts the offline KWIGA sandbox in-process on 127.0.0.1.

        Exit codes: 0 done, 1 the API refused or could not be reached, 2 bad arguments or environment, 130 cancelled.
        """;

    /// <summary>
    /// Parses <paramref name="args"/>. True with a null <paramref name="command"/> means "print the usage";
    /// false sets <paramref name="error"/>.
    /// </summary>
    public static bool TryParse(string[] args, out ICommand? command, out string? error)
    {
        command = null;
        error = null;
        var all = false;
        var positional = new List<string>();
        foreach (var arg in args)
        {
            switch (arg)
            {
                case "-h" or "--help" or "help":
                    return true;
                case "--all":
                    all = true;
                    break;
                case ['-', '-', ..]:
                    error = $"unknown option '{arg}'.";
                    return false;
                default:
                    positional.Add(arg);
                    break;
            }
        }

        var name = positional.Count > 0 ? positional[0] : null;
        var rest = positional.Skip(1).ToArray();
        (command, error) = name switch
        {
            null => (new AllCommand(all), null),
            "contacts" when rest.Length == 0 => (new ContactsCommand(all), null),
            "course-users" when rest.Length <= 1 => CourseUsers(rest, all),
            "coupon" when rest.Length <= 2 => Coupon(rest),
            "contacts" or "course-users" or "coupon" => (null, $"too many arguments for '{name}'."),
            _ => (null, $"unknown command '{name}'."),
        };
        return command is not null;
    }

    private static (ICommand?, string?) CourseUsers(string[] rest, bool all)
    {
        if (rest.Length == 0)
        {
            return (new CourseUsersCommand(null, all), null);
        }

        return int.TryParse(rest[0], NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0
            ? (new CourseUsersCommand(id, all), null)
            : (null, $"COURSE_ID must be a positive number, not '{rest[0]}'.");
    }

    private static (ICommand?, string?) Coupon(string[] rest)
    {
        var code = rest.Length > 0 ? rest[0] : null;
        if (rest.Length < 2)
        {
            return (new CouponCommand(code, null), null);
        }

        return decimal.TryParse(rest[1], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var price)
            ? (new CouponCommand(code, price), null)
            : (null, $"PRICE must be a non-negative number such as 100 or 49.99, not '{rest[1]}'.");
    }
}
