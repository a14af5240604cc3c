using System.Globalization;
using Receivables.Matching;
using Receivables.Tests.Matching.Synthetic;

namespace Receivables.Benchmarks;

/// <summary>
/// What each kind of statement line costs to match, by process CPU time: the lines of one kind of
/// <see cref="MatchingBenchmarks"/>' world (100,000 lines against 1,000,000 open items of 50,000 customers) matched
/// against the index built once, kind after kind in each round, and all the lines together in the same rounds. For each
/// kind: its lines, the median CPU time of a call (minimum and maximum over the rounds), the time a line takes, and the
/// kind's share of the sum over kinds. A call also pays a fixed part (about 0.1 ms: the per-item scratch is cleared),
/// which matters only for the smallest kinds; a kind's lines matched alone find more of the index in the caches than
/// in a whole run, so the sum over kinds is below the time of all lines together. Run with
/// <c>dotnet run -c Release --project benchmarks/Receivables.Benchmarks -- --matching-kinds [rounds]</c> (five rounds
/// by default). Not run by CI (it takes about a minute); BenchmarkDotNet's <see cref="MatchingBenchmarks"/> stays the
/// measure of a run.
/// </summary>
public static class MatchingKindCpuTimes
{
    /// <summary>Runs the measurements.</summary>
    /// <param name="rounds">How many timed calls per kind (at least one).</param>
    public static void Run(int rounds = 5)
    {
        var data = MatchingDataGenerator.Generate(MatchingDataGenerator.DocumentedSeed, 50_000, 20, 100_000);
        var engine = MatchingEngine.Create();
        var index = engine.BuildIndex(data.Items, data.Customers);
        var all = data.Lines.ToArray();
        var kinds = all.GroupBy(l => data.Labels[l.Id].Category).OrderBy(g => g.Key).Select(g => (Kind: g.Key.ToString(), Lines: g.ToArray())).ToList();
        kinds.Add(("All lines together", all));
        var cpu = kinds.Select(_ => new List<double>()).ToArray();
        GC.KeepAlive(engine.Match(index, all)); // warm up (tiering, the parts of the index built on first need)
        GC.KeepAlive(engine.Match(index, all));
        for (var round = 0; round < Math.Max(1, rounds); round++)
        {
            for (var k = 0; k < kinds.Count; k++)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                GC.Collect();
                var start = CpuTime.OfProcess();
                GC.KeepAlive(engine.Match(index, kinds[k].Lines));
                cpu[k].Add((CpuTime.OfProcess() - start).TotalMilliseconds);
            }
        }

        var medians = cpu.Select(CpuTime.Median).ToArray();
        var sum = medians.Take(kinds.Count - 1).Sum();
        Console.WriteLine(CpuTime.CollectorLine(Math.Max(1, rounds)));
        for (var k = 0; k < kinds.Count; k++)
        {
            var times = cpu[k];
            times.Sort();
            var share = k < kinds.Count - 1 ? string.Create(CultureInfo.InvariantCulture, $"{100 * medians[k] / sum,5:F1} % of the kinds' sum") : string.Create(CultureInfo.InvariantCulture, $"kinds' sum {sum:F0} ms");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{kinds[k].Kind,-26} {kinds[k].Lines.Length,7} lines  median {medians[k],7:F1} ms CPU (min {times[0]:F1}, max {times[^1]:F1}), {1000 * medians[k] / kinds[k].Lines.Length,6:F2} µs a line, {share}"));
        }
    }
}
