using System.CommandLine;
using Receivables.Cli.Samples;

namespace Receivables.Cli.Commands;

/// <summary><c>receivables sample</c>: writes the bundled sample documents CSV (deterministic for a seed), or a large one.</summary>
internal static class SampleCommand
{
    /// <summary>The size of the bundled sample, stated the same way in help and docs (a test checks the file).</summary>
    public const string BundledSize = "50 customers, 2,356 documents, June 2025 to November 2026";

    public static Command Create(CliContext context)
    {
        var output = new Option<FileInfo?>("--output", "-o") { Description = "File to write; standard output when omitted." };
        var seed = new Option<int>("--seed") { Description = "Random seed; the bundled file uses 2026.", DefaultValueFactory = _ => SampleData.DefaultSeed };
        var customers = new Option<int?>("--customers") { Description = "Write a large synthetic file with this many customers (with --documents)." };
        var documents = new Option<int?>("--documents") { Description = "Write a large synthetic file with this many documents, e.g. 1000000 (with --customers)." };
        var command = new Command("sample", $"Write the sample documents CSV ({BundledSize}), or a large synthetic one with --customers and --documents.") { output, seed, customers, documents };
        command.SetAction(parse => context.Guarded(() =>
        {
            var customerCount = parse.GetValue(customers);
            var documentCount = parse.GetValue(documents);
            if ((customerCount ?? documentCount) is not null && (customerCount is not > 0 || documentCount is not > 0))
            {
                throw new UserInputException("--customers and --documents: give both, each a positive whole number.");
            }

            void Write(TextWriter writer)
            {
                if (customerCount is { } c && documentCount is { } d)
                {
                    LargeSample.Write(writer, c, d, parse.GetValue(seed));
                }
                else
                {
                    SampleData.Write(writer, parse.GetValue(seed));
                }
            }

            var file = parse.GetValue(output);
            if (file is null)
            {
                Write(context.Output);
                return CliApp.Success;
            }

            if (file.Directory is { Exists: false } missing)
            {
                throw new UserInputException($"--output: the folder {missing.FullName} does not exist.");
            }

            using var writer = new StreamWriter(file.FullName, append: false, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            Write(writer);
            return CliApp.Success;
        }));
        return command;
    }
}
