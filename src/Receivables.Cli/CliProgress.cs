namespace Receivables.Cli;

/// <summary>
/// A one-line progress display on standard error ("Reading documents.csv: 120,000 rows"), redrawn in place; it
/// writes nothing at all when standard error is not a terminal, so redirected output and logs stay clean.
/// </summary>
internal sealed class CliProgress
{
    private static readonly char[] Spinner = ['|', '/', '-', '\\'];
    private readonly TextWriter _error;
    private readonly bool _enabled;
    private int _tick;
    private bool _shown;

    public CliProgress(TextWriter error, bool enabled)
    {
        _error = error;
        _enabled = enabled;
    }

    /// <summary>The progress of the running command; a silent one outside a command (library use, tests).</summary>
    public static CliProgress Current
    {
        get => CurrentValue.Value ?? Silent;
        set => CurrentValue.Value = value;
    }

    private static readonly CliProgress Silent = new(TextWriter.Null, false);
    private static readonly AsyncLocal<CliProgress?> CurrentValue = new();

    /// <summary>Shows what is being done now (e.g. "Building the ledger").</summary>
    public void Phase(string text)
    {
        if (!_enabled)
        {
            return;
        }

        _tick++;
        _error.Write($"\r\u001b[2K{Spinner[_tick % Spinner.Length]} {text}");
        _error.Flush();
        _shown = true;
    }

    /// <summary>Reports a count of rows done; redraws every 10,000 rows.</summary>
    public void Rows(string file, int rows)
    {
        if (_enabled && rows % 10_000 == 0)
        {
            Phase("Reading " + file + ": " + rows.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " rows");
        }
    }

    /// <summary>Removes the progress line before results or errors are printed.</summary>
    public void Clear()
    {
        if (_shown)
        {
            _error.Write("\r\u001b[2K");
            _error.Flush();
            _shown = false;
        }
    }
}
