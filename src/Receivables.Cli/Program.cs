namespace Receivables.Cli;

/// <summary>The entry point of the <c>receivables</c> tool.</summary>
internal static class Program
{
    private static int Main(string[] args) => CliApp.Run(args, Console.Out, Console.Error, CliTerminal.FromConsole());
}
