using System.CommandLine;
using Receivables.Cli.Commands;

namespace Receivables.Cli;

/// <summary>Builds the command tree and runs it against the given output streams, so tests can run the tool in-process.</summary>
internal static class CliApp
{
    /// <summary>Exit code of a successful run.</summary>
    public const int Success = 0;

    /// <summary>Exit code when the input (a file, a value) is wrong; the message says where.</summary>
    public const int InputError = 2;

    public static RootCommand CreateRoot(TextWriter output, TextWriter error)
    {
        var context = new CliContext(output, error);
        var root = new RootCommand("receivables: accounts-receivable jobs on CSV and bank-statement files (Receivables.Core).");

        // One line per command; the first listed is the ledger summary.
        root.Subcommands.Add(LedgerCommand.Create(context));
        root.Subcommands.Add(AgingCommand.Create(context));
        root.Subcommands.Add(ProvisionCommand.Create(context));
        root.Subcommands.Add(TermsCommand.Create(context));
        root.Subcommands.Add(CreditCommand.Create(context));
        root.Subcommands.Add(MatchCommand.Create(context));
        root.Subcommands.Add(RemindCommand.Create(context));
        root.Subcommands.Add(ReconcileStatementCommand.Create(context));
        root.Subcommands.Add(SampleCommand.Create(context));
        root.Subcommands.Add(SampleStatementCommand.Create(context));
        return root;
    }

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = CreateRoot(output, error);
        var parse = root.Parse(args);
        return parse.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
