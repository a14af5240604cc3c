using BenchmarkDotNet.Running;

namespace Receivables.Benchmarks;

/// <summary>Entry point: <c>dotnet run -c Release --project benchmarks/Receivables.Benchmarks -- --filter '*'</c>.</summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args is ["--ledger-cpu-times", ..])
        {
            LedgerCpuTimes.Run(withBaseline: args is not [_, "--no-baseline"]);
            return;
        }

        if (args is ["--aging-cpu-times", ..])
        {
            AgingCpuTimes.Run(args is [_, var rounds] ? int.Parse(rounds, System.Globalization.CultureInfo.InvariantCulture) : 5);
            return;
        }

        if (args is ["--matching-cpu-times", ..])
        {
            MatchingCpuTimes.Run(args is [_, var count] ? int.Parse(count, System.Globalization.CultureInfo.InvariantCulture) : 5);
            return;
        }

        if (args is ["--matching-kinds", ..])
        {
            MatchingKindCpuTimes.Run(args is [_, var count] ? int.Parse(count, System.Globalization.CultureInfo.InvariantCulture) : 5);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
