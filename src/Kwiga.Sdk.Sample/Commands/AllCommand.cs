namespace Kwiga.Sdk.Sample.Commands;

/// <summary><c>kwiga</c> with no command: contacts, course users and a coupon check, each with its defaults.</summary>
internal sealed class AllCommand(bool all) : ICommand
{
    public async Task RunAsync(Session session, CancellationToken cancellationToken)
    {
        var output = session.Terminal.Out;
        output.WriteLine("== contacts ==");
        await new ContactsCommand(all).RunAsync(session, cancellationToken).ConfigureAwait(false);

        output.WriteLine();
        output.WriteLine("== course users ==");
        await new CourseUsersCommand(null, all).RunAsync(session, cancellationToken).ConfigureAwait(false);

        output.WriteLine();
        output.WriteLine("== coupon ==");
        if (session.IsSandbox)
        {
            await new CouponCommand(null, null).RunAsync(session, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            output.WriteLine($"skipped: a real cabinet has no known coupon code ({CommandLine.Invocation} coupon CODE [PRICE] checks one).");
        }
    }
}
