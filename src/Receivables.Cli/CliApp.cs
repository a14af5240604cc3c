using System.CommandLine;
using System.CommandLine.Parsing;
using Receivables.Cli.Commands;

namespace Receivables.Cli;

/// <summary>Builds the command tree and runs it against the given output streams, so tests can run the tool in-process.</summary>
internal static class CliApp
{
    /// <summary>Exit code of a successful run.</summary>
    public const int Success = 0;

    /// <summary>Exit code of any failure that is not a mistake in the input.</summary>
    public const int Failure = 1;

    /// <summary>Exit code when the input (a file, a value) is wrong; the message says where.</summary>
    public const int InputError = 2;

    public static RootCommand CreateRoot(TextWriter output, TextWriter error) => CreateRoot(new CliContext(output, error));

    public static RootCommand CreateRoot(CliContext context)
    {
        var root = new RootCommand("receivables: accounts-receivable jobs on CSV and bank-statement files (Receivables.Core).");

        // One line per command; the first listed is the ledger summary.
        root.Subcommands.Add(LedgerCommand.Create(context));
        root.Subcommands.Add(AgingCommand.Create(context));
        root.Subcommands.Add(ProvisionCommand.Create(context));
        root.Subcommands.Add(TermsCommand.Create(context));
        root.Subcommands.Add(CreditCommand.Create(context));
        root.Subcommands.Add(MatchCommand.Create(context));
        root.Subcommands.Add(RemindCommand.Create(context));
        root.Subcommands.Add(AnalyseCommand.Create(context));
        root.Subcommands.Add(ReconcileStatementCommand.Create(context));
        root.Subcommands.Add(StatementCommand.Create(context));
        root.Subcommands.Add(LateChargesCommand.Create(context));
        root.Subcommands.Add(ReportCommand.Create(context));
        root.Subcommands.Add(SampleCommand.Create(context));
        root.Subcommands.Add(SampleStatementCommand.Create(context));

        ReportWriter.AddSharedOptions(root);
        return root;
    }

    public static int Run(string[] args, TextWriter output, TextWriter error) => Run(args, output, error, CliTerminal.Redirected);

    public static int Run(string[] args, TextWriter output, TextWriter error, CliTerminal terminal)
    {
        var context = new CliContext(output, error, terminal);
        var root = CreateRoot(context);
        var parse = root.Parse(args);
        context.Parse = parse;
        if (parse.Errors.Count > 0 && args.Length > 0)
        {
            foreach (var parseError in parse.Errors)
            {
                error.WriteLine($"error: {Option(parseError)}{parseError.Message}");
            }

            var path = string.Join(' ', ParentNames(parse.CommandResult));
            error.WriteLine($"Run 'receivables {path}{(path.Length > 0 ? " " : string.Empty)}--help' for usage.");
            return InputError;
        }

        var previous = CliProgress.Current;
        CliProgress.Current = context.Progress;
        CsvFile.Delimiter = ReportWriter.Delimiter(context);
        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception ex) when (CliErrors.IsInputError(ex))
        {
            context.Progress.Clear();
            error.WriteLine($"error: {CliErrors.Describe(ex)}");
            return InputError;
        }
#pragma warning disable CA1031 // The tool's last line of defence: one readable line, never a stack trace.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            context.Progress.Clear();
            error.WriteLine($"error: the tool failed: {CliErrors.Clean(ex.Message)}");
            return Failure;
        }
        finally
        {
            context.Progress.Clear();
            CliProgress.Current = previous;
            CsvFile.Delimiter = null;
        }
    }

    private static string Option(ParseError parseError)
        => parseError.SymbolResult is OptionResult option ? option.Option.Name + ": " : string.Empty;

    private static List<string> ParentNames(CommandResult command)
    {
        var names = new List<string>();
        for (SymbolResult? result = command; result is CommandResult c && c.Parent is not null; result = c.Parent)
        {
            names.Insert(0, c.Command.Name);
        }

        return names;
    }
}
