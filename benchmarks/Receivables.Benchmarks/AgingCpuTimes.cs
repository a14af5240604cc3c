using System.Globalization;

namespace Receivables.Benchmarks;

/// <summary>
/// The <see cref="AgingManyCustomersBenchmarks"/> methods timed by process CPU time instead of wall time, for a machine
/// shared with other work (wall-clock figures there measure the neighbours): per customer count, the methods are
/// interleaved round by round (so a burst of load hits them alike), and each method's median, minimum and maximum over
/// the rounds and its allocation per call are printed. Run with
/// <c>dotnet run -c Release --project benchmarks/Receivables.Benchmarks -- --aging-cpu-times [rounds]</c>.
/// </summary>
public static class AgingCpuTimes
{
    /// <summary>Runs the measurements.</summary>
    /// <param name="rounds">How many timed calls per method (at least one; five by default).</param>
    public static void Run(int rounds = 5)
    {
        foreach (var customers in new[] { 10_000, 100_000 })
        {
            var benchmarks = new AgingManyCustomersBenchmarks { Customers = customers };
            benchmarks.Setup();
            var methods = new (string Name, Func<object> Run)[]
            {
                ("StreamingFloor", () => benchmarks.StreamingFloor()),
                ("ColumnarSingleThreaded", () => benchmarks.ColumnarSingleThreaded()),
                ("ColumnarReadingEveryLine", () => benchmarks.ColumnarReadingEveryLine()),
            };
            var cpu = methods.Select(_ => new List<double>()).ToArray();
            var allocated = new long[methods.Length];
            foreach (var (_, run) in methods)
            {
                GC.KeepAlive(run()); // warm up (tiering, page faults)
                GC.KeepAlive(run());
            }

            for (var round = 0; round < rounds; round++)
            {
                for (var m = 0; m < methods.Length; m++)
                {
                    GC.Collect();
                    GC.WaitForPendingFinalizers();
                    var startBytes = GC.GetTotalAllocatedBytes(precise: true);
                    var start = CpuTime.OfProcess();
                    GC.KeepAlive(methods[m].Run());
                    cpu[m].Add((CpuTime.OfProcess() - start).TotalMilliseconds);
                    allocated[m] = GC.GetTotalAllocatedBytes(precise: true) - startBytes;
                }
            }

            var floor = CpuTime.Median(cpu[0]);
            for (var m = 0; m < methods.Length; m++)
            {
                var times = cpu[m];
                times.Sort();
                var median = CpuTime.Median(times);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{customers,7} customers  {methods[m].Name,-26} median {median,8:F1} ms CPU (min {times[0]:F1}, max {times[^1]:F1}; {median / floor:F1}x floor), allocated {allocated[m] / 1048576.0:F1} MiB"));
            }
        }
    }
}
