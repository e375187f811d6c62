// kwiga — the Kwiga.Sdk sample: contacts, a course's participants and a coupon check.
// `dotnet run --project src/Kwiga.Sdk.Sample -- --help` prints the usage (Commands/CommandLine.cs).
using System.Text;
using Kwiga.Sdk.Sample.Commands;
using Kwiga.Sdk.Sample.Output;

Console.OutputEncoding = Encoding.UTF8;
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // The first Ctrl+C stops the requests in flight and lets the sandbox shut down cleanly.
    e.Cancel = true;
    cancellation.Cancel();
};

var terminal = new Terminal(Console.Out, Console.Error, interactive: !Console.IsErrorRedirected);
if (!CommandLine.TryParse(args, out var command, out var usageError))
{
    terminal.Error.WriteLine($"kwiga: {usageError}");
    terminal.Error.WriteLine($"{CommandLine.Synopsis} ({CommandLine.Invocation} --help for more)");
    return ExitCodes.Usage;
}

if (command is null)
{
    terminal.Out.WriteLine(CommandLine.Usage);
    return ExitCodes.Ok;
}

// Listens to the SDK's metrics from the start, so the summary covers every request of the run.
using var summary = RunSummary.Start();
try
{
    await using var session = await Session.OpenAsync(Environment.GetEnvironmentVariable, terminal, cancellation.Token);
    await command.RunAsync(session, cancellation.Token);
    terminal.Status(summary.Describe());
    return ExitCodes.Ok;
}
catch (Exception e) when (Failure.From(e, cancellation.Token) is { } failure)
{
    terminal.EndProgress();
    terminal.Error.WriteLine($"kwiga: {failure.Message}");
    return failure.ExitCode;
}
