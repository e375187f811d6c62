namespace Kwiga.Generator.Commands;

/// <summary>Positional arguments plus <c>--name value</c> options and <c>--name</c> flags, parsed without a library.</summary>
public sealed class CommandArguments
{
    private readonly Dictionary<string, string> _options;
    private readonly HashSet<string> _flags;

    private CommandArguments(IReadOnlyList<string> positional, Dictionary<string, string> options, HashSet<string> flags)
    {
        Positional = positional;
        _options = options;
        _flags = flags;
    }

    /// <summary>Arguments that are not options, in order.</summary>
    public IReadOnlyList<string> Positional { get; }

    /// <summary>
    /// Parses arguments; every option takes one value (<c>--out x</c> or <c>--out=x</c>), a flag none
    /// (<c>--suggest</c>).
    /// </summary>
    /// <exception cref="UsageException">An unknown option, or an option without a value.</exception>
    public static CommandArguments Parse(IReadOnlyList<string> args, IReadOnlyCollection<string> knownOptions, IReadOnlyCollection<string>? knownFlags = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        var positional = new List<string>();
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        var flags = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                positional.Add(arg);
                continue;
            }

            if (knownFlags?.Contains(arg) == true)
            {
                flags.Add(arg);
                continue;
            }

            var (name, value) = SplitOption(arg);
            if (!knownOptions.Contains(name))
            {
                throw new UsageException($"unknown option '{name}'");
            }

            if (value is null)
            {
                if (i + 1 >= args.Count)
                {
                    throw new UsageException($"option '{name}' needs a value");
                }

                value = args[++i];
            }

            options[name] = value;
        }

        return new CommandArguments(positional, options, flags);
    }

    /// <summary>The option's value, or null when it was not given.</summary>
    public string? Option(string name) => _options.GetValueOrDefault(name);

    /// <summary>True when the flag was given.</summary>
    public bool Flag(string name) => _flags.Contains(name);

    /// <summary>Checks the number of positional arguments.</summary>
    /// <exception cref="UsageException">The count differs.</exception>
    public void RequirePositional(int count, string what)
    {
        if (Positional.Count != count)
        {
            throw new UsageException($"expected {what}");
        }
    }

    private static (string Name, string? Value) SplitOption(string arg)
    {
        var equals = arg.IndexOf('=', StringComparison.Ordinal);
        return equals < 0 ? (arg, null) : (arg[..equals], arg[(equals + 1)..]);
    }
}
