using System.Diagnostics;

namespace Receivables.Benchmarks;

/// <summary>What the CPU-time runners share: the process's CPU time and the median of a round's figures.</summary>
internal static class CpuTime
{
    /// <summary>The process's CPU time (user and system, every thread): the runners call single-threaded methods after a
    /// full collection and warm-up calls, so this is that thread's time plus the collector's; other processes' load
    /// does not count.</summary>
    public static TimeSpan OfProcess()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    /// <summary>The median of the values (the mean of the middle two for an even count).</summary>
    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
