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

    /// <summary>The process's minor page faults so far (fresh memory the kernel maps on first touch), read from
    /// <c>/proc/self/stat</c>; -1 where that file does not exist (not Linux).</summary>
    public static long MinorFaults()
    {
        const string Stat = "/proc/self/stat";
        if (!File.Exists(Stat))
        {
            return -1;
        }

        // The fields after the command name (which is in parentheses and may hold spaces); minflt is the 10th field,
        // the 8th after the name.
        var text = File.ReadAllText(Stat);
        var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
        return long.Parse(fields[7], System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The first line of a runner's report: which collector and latency mode the process runs with, and how
    /// many rounds were timed.</summary>
    public static string CollectorLine(int rounds)
        => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"collector: {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")}, latency mode {System.Runtime.GCSettings.LatencyMode}; {rounds} rounds");

    /// <summary>The median of the values (the mean of the middle two for an even count).</summary>
    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
