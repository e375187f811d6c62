namespace Kwiga.Generator.Commands;

/// <summary>Positional arguments plus <c>--name value</c> options, parsed without a library.</summary>
public sealed class CommandArguments
{
    private readonly Dictionary<string, string> _options;

    private CommandArguments(IReadOnlyList<string> positional, Dictionary<string, string> options)
    {
        Positional = positional;
        _options = options;
    }

    /// <summary>Arguments that are not options, in order.</summary>
    public IReadOnlyList<string> Positional { get; }

    /// <summary>Parses arguments; every option takes one value (<c>--out x</c> or <c>--out=x</c>).</summary>
    /// <exception cref="UsageException">An unknown option, or an option without a value.</exception>
    public static CommandArguments Parse(IReadOnlyList<string> args, IReadOnlyCollection<string> knownOptions)
    {
        ArgumentNullException.ThrowIfNull(args);
        var positional = new List<string>();
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                positional.Add(arg);
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

        return new CommandArguments(positional, options);
    }

    /// <summary>The option's value, or null when it was not given.</summary>
    public string? Option(string name) => _options.GetValueOrDefault(name);

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
