using System.CommandLine;
using Receivables.Cli.Samples;

namespace Receivables.Cli.Commands;

/// <summary><c>receivables sample-statement</c>: writes the bundled sample bank statement for the sample ledger.</summary>
internal static class SampleStatementCommand
{
    public static Command Create(CliContext context)
    {
        var documents = new Argument<FileInfo>("documents") { Description = "The sample documents CSV (docs/samples/documents.csv)." };
        var camt = new Option<bool>("--camt053") { Description = "Write camt.053 XML instead of the statement CSV." };
        var output = new Option<FileInfo?>("--output", "-o") { Description = "File to write; standard output when omitted." };
        var command = new Command("sample-statement", "Write the sample bank statement (CSV or camt.053) for the sample ledger.") { documents, camt, output };
        command.SetAction(parse => context.Guarded(() =>
        {
            var lines = SampleStatement.Generate(LedgerLoader.Load(parse.GetValue(documents)!.FullName));
            var file = parse.GetValue(output);
            using var writer = file is null ? null : new StreamWriter(file.FullName, append: false, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            var target = writer ?? context.Output;
            if (parse.GetValue(camt))
            {
                SampleStatement.WriteCamt053(target, lines);
            }
            else
            {
                SampleStatement.WriteCsv(target, lines);
            }

            return CliApp.Success;
        }));
        return command;
    }
}
