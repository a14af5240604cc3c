using System.CommandLine;
using Spectre.Console;

namespace Receivables.Cli;

/// <summary>
/// Where a command writes: plain text for CSV/JSON, a Spectre console for tables, both on the same writer; progress on
/// standard error only when it is a terminal; the parsed command line for the options every report command shares.
/// </summary>
internal sealed class CliContext
{
    /// <summary>Width used when the output is not a terminal: wide enough that no table ever wraps a line.</summary>
    public const int RedirectedWidth = 4000;

    public CliContext(TextWriter output, TextWriter error, CliTerminal? terminal = null)
    {
        Output = output;
        Error = error;
        Terminal = terminal ?? CliTerminal.Redirected;
        Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = Terminal.OutputIsTerminal ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = Terminal.OutputIsTerminal ? ColorSystemSupport.Standard : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        Console.Profile.Width = Width;
        Progress = new CliProgress(error, Terminal.ErrorIsTerminal);
    }

    public TextWriter Output { get; }

    public TextWriter Error { get; }

    public IAnsiConsole Console { get; }

    /// <summary>Whether standard output and error are terminals, and how wide the output terminal is.</summary>
    public CliTerminal Terminal { get; }

    /// <summary>Width tables are fitted to: the terminal's, else <see cref="RedirectedWidth"/>.</summary>
    public int Width => Terminal.OutputIsTerminal ? Math.Max(40, Terminal.Width) : RedirectedWidth;

    /// <summary>Whether tables use colour and bold (only on a terminal).</summary>
    public bool Styled => Terminal.OutputIsTerminal;

    /// <summary>Progress on standard error; silent when standard error is redirected.</summary>
    public CliProgress Progress { get; }

    /// <summary>The parsed command line of the running command (set by <c>CliApp.Run</c>).</summary>
    public ParseResult? Parse { get; set; }

    /// <summary>Name of the running command, e.g. <c>aging</c>: the JSON <c>report</c> field.</summary>
    public string CommandName => Parse?.CommandResult.Command.Name ?? "receivables";

    /// <summary>Runs a command body, turning input errors into a message on standard error and exit code 2.</summary>
    public int Guarded(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (Exception ex) when (CliErrors.IsInputError(ex))
        {
            Progress.Clear();
            Error.WriteLine($"error: {CliErrors.Describe(ex)}");
            if (Environment.GetEnvironmentVariable("RECEIVABLES_DEBUG") == "1")
            {
                Error.WriteLine(ex.ToString());
            }

            return CliApp.InputError;
        }
    }
}

/// <summary>What the tool knows about the terminal it runs in.</summary>
internal sealed record CliTerminal(bool OutputIsTerminal, bool ErrorIsTerminal, int Width)
{
    /// <summary>Both streams redirected (files, pipes, tests).</summary>
    public static CliTerminal Redirected { get; } = new(false, false, CliContext.RedirectedWidth);

    /// <summary>The process's console: a terminal unless redirected; width from the console.</summary>
    public static CliTerminal FromConsole()
    {
        var outTerminal = !System.Console.IsOutputRedirected;
        var width = 120;
        if (outTerminal)
        {
            try
            {
                width = System.Console.WindowWidth > 0 ? System.Console.WindowWidth : width;
            }
            catch (IOException)
            {
                // No window: keep the default.
            }
        }

        return new CliTerminal(outTerminal, !System.Console.IsErrorRedirected, width);
    }
}
