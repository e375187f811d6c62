namespace Kwiga.Sdk.Sample.Commands;

/// <summary>One thing the program does. Failures are thrown (SDK exceptions, <see cref="UsageException"/>) and reported by Program.cs.</summary>
internal interface ICommand
{
    Task RunAsync(Session session, CancellationToken cancellationToken);
}
