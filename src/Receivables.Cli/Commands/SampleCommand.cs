using System.CommandLine;
using Receivables.Cli.Samples;

namespace Receivables.Cli.Commands;

/// <summary><c>receivables sample</c>: writes the bundled sample documents CSV (deterministic for a seed).</summary>
internal static class SampleCommand
{
    public static Command Create(CliContext context)
    {
        var output = new Option<FileInfo?>("--output", "-o") { Description = "File to write; standard output when omitted." };
        var seed = new Option<int>("--seed") { Description = "Random seed; the bundled file uses 2026.", DefaultValueFactory = _ => SampleData.DefaultSeed };
        var command = new Command("sample", "Write the sample documents CSV (50 customers, about 2,000 documents over 18 months).") { output, seed };
        command.SetAction(parse => context.Guarded(() =>
        {
            var file = parse.GetValue(output);
            if (file is null)
            {
                SampleData.Write(context.Output, parse.GetValue(seed));
                return CliApp.Success;
            }

            using var writer = new StreamWriter(file.FullName, append: false, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            SampleData.Write(writer, parse.GetValue(seed));
            return CliApp.Success;
        }));
        return command;
    }
}
