using Spectre.Console;

namespace Receivables.Cli;

/// <summary>Where a command writes: plain text for CSV/JSON, and a Spectre console for tables, both on the same writer.</summary>
internal sealed class CliContext
{
    public CliContext(TextWriter output, TextWriter error)
    {
        Output = output;
        Error = error;
        Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        Console.Profile.Width = 160;
    }

    public TextWriter Output { get; }

    public TextWriter Error { get; }

    public IAnsiConsole Console { get; }

    /// <summary>Runs a command body, turning input errors into a message on standard error and exit code 2.</summary>
    public int Guarded(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (CsvInputException ex)
        {
            Error.WriteLine($"error: {ex.Message}");
            return CliApp.InputError;
        }
        catch (FileNotFoundException ex)
        {
            Error.WriteLine($"error: file not found: {ex.FileName}");
            return CliApp.InputError;
        }
        catch (Ledger.LedgerException ex)
        {
            Error.WriteLine($"error: {ex.Message}");
            return CliApp.InputError;
        }
    }
}
