namespace Kwiga.Sdk.Sample.Output;

/// <summary>
/// Where the program writes: results to <see cref="Out"/>, status and progress to <see cref="Error"/>,
/// so <c>kwiga contacts --all &gt; contacts.txt</c> captures only the data.
/// </summary>
internal sealed class Terminal(TextWriter output, TextWriter error, bool interactive)
{
    private int _progressWidth;

    public TextWriter Out { get; } = output;

    public TextWriter Error { get; } = error;

    /// <summary>
    /// Shows <paramref name="text"/> as the progress line: rewritten in place (<c>\r</c>) on a terminal,
    /// one plain line each when the status stream is redirected (a log has no use for carriage returns).
    /// </summary>
    public void Progress(string text)
    {
        if (!interactive)
        {
            Error.WriteLine(text);
            return;
        }

        Error.Write('\r' + text.PadRight(_progressWidth));
        _progressWidth = text.Length;
    }

    /// <summary>Clears the progress line, if one is shown, so the next output starts on a clean line.</summary>
    public void EndProgress()
    {
        if (interactive && _progressWidth > 0)
        {
            Error.Write('\r' + new string(' ', _progressWidth) + '\r');
            _progressWidth = 0;
        }
    }

    /// <summary>A status line (what the program connects to, what it skipped).</summary>
    public void Status(string text)
    {
        EndProgress();
        Error.WriteLine(text);
    }
}
