using System.Globalization;

namespace Receivables.Benchmarks;

/// <summary>
/// The <see cref="MatchingBenchmarks"/> and <see cref="MatchingMemoryCostBenchmarks"/> methods timed by process CPU
/// time, interleaved round by round, for a machine shared with other work (issue 14's figures): each method's median,
/// minimum and maximum over the rounds, its allocation per call, and the collections, collector pauses and page
/// faults of its last call. CPU time of the process includes the background collector's thread, so a run with the
/// default (concurrent) collector counts the collector's work wherever it runs. Run with
/// <c>dotnet run -c Release --project benchmarks/Receivables.Benchmarks -- --matching-cpu-times [rounds]</c>; set
/// <c>DOTNET_gcConcurrent=0</c> or <c>DOTNET_gcServer=1</c> to compare collectors.
/// </summary>
public static class MatchingCpuTimes
{
    /// <summary>Runs the measurements.</summary>
    /// <param name="rounds">How many timed calls per method (at least one; five by default).</param>
    public static void Run(int rounds = 5)
    {
        var benchmarks = new MatchingBenchmarks();
        benchmarks.Setup();
        var cost = new MatchingMemoryCostBenchmarks();
        cost.Setup(benchmarks.Data, benchmarks.Index);
        var methods = new (string Name, Func<object> Run)[]
        {
            ("ExactReferenceDictionary", () => benchmarks.ExactReferenceDictionary()),
            ("InputFloor", () => benchmarks.InputFloor()),
            ("BuildIndex", () => benchmarks.BuildIndex()),
            ("MatchWithBuiltIndex", () => benchmarks.MatchWithBuiltIndex()),
            ("WholeRun", () => benchmarks.WholeRun()),
            ("Cost.NothingAllocated", () => cost.NothingAllocated()),
            ("Cost.BytesDropped", () => cost.BytesDropped()),
            ("Cost.BytesKept", () => cost.BytesKept()),
        };
        var cpu = methods.Select(_ => new List<double>()).ToArray();
        var allocated = new long[methods.Length];
        var collections = new string[methods.Length];
        foreach (var (_, run) in methods)
        {
            GC.KeepAlive(run()); // warm up (tiering, structures built on first use, page faults)
            GC.KeepAlive(run());
            cost.Cleanup();
        }

        for (var round = 0; round < Math.Max(1, rounds); round++)
        {
            for (var m = 0; m < methods.Length; m++)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                GC.Collect();
                var startBytes = GC.GetTotalAllocatedBytes(precise: true);
                var (gen0, gen1, gen2, pause) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());
                var faults = CpuTime.MinorFaults();
                var start = CpuTime.OfProcess();
                GC.KeepAlive(methods[m].Run());
                cpu[m].Add((CpuTime.OfProcess() - start).TotalMilliseconds);
                faults = faults < 0 ? -1 : CpuTime.MinorFaults() - faults;
                cost.Cleanup();
                allocated[m] = GC.GetTotalAllocatedBytes(precise: true) - startBytes;
                collections[m] = string.Create(CultureInfo.InvariantCulture, $"{GC.CollectionCount(0) - gen0}/{GC.CollectionCount(1) - gen1}/{GC.CollectionCount(2) - gen2} collections, {(GC.GetTotalPauseDuration() - pause).TotalMilliseconds:F0} ms paused, {(faults < 0 ? "n/a" : faults.ToString(CultureInfo.InvariantCulture))} page faults");
            }
        }

        var baseline = CpuTime.Median(cpu[0]);
        // Batch latency mode is the non-concurrent collector; Interactive the concurrent one.
        Console.WriteLine(CpuTime.CollectorLine(Math.Max(1, rounds)));
        for (var m = 0; m < methods.Length; m++)
        {
            var times = cpu[m];
            times.Sort();
            var median = CpuTime.Median(times);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{methods[m].Name,-25} median {median,7:F0} ms CPU (min {times[0]:F0}, max {times[^1]:F0}; {median / baseline:F1}x baseline), allocated {allocated[m] / 1048576.0:F1} MiB, {collections[m]}"));
        }
    }
}
