using System.Diagnostics;
using System.Globalization;

namespace Receivables.Benchmarks;

/// <summary>
/// The <see cref="LedgerBenchmarks"/> methods timed by process CPU time instead of wall time, five runs each: for a
/// machine shared with other work, where wall-clock figures measure the neighbours. Run with
/// <c>dotnet run -c Release --project benchmarks/Receivables.Benchmarks -- --ledger-cpu-times</c>.
/// </summary>
public static class LedgerCpuTimes
{
    /// <summary>Runs the measurements.</summary>
    /// <param name="withBaseline">Whether to time the plain-dictionary baseline too.</param>
    public static void Run(bool withBaseline = true)
    {
        var benchmarks = new LedgerBenchmarks();
        benchmarks.Setup();
        if (withBaseline)
        {
            Measure("PlainDictionaries", () => benchmarks.PlainDictionaries());
            Measure("StructArraysFloor", () => benchmarks.StructArraysFloor());
            Measure("StructArraysFloorCustomerByCustomer", () => benchmarks.StructArraysFloorCustomerByCustomer());
        }

        Measure("BuilderPostAndApply", () => benchmarks.BuilderPostAndApply());
        Measure("BuilderPostAndApplyCustomerByCustomer", () => benchmarks.BuilderPostAndApplyCustomerByCustomer());
        Measure("AsOf", () => benchmarks.AsOf());
        GC.Collect();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var ledger = benchmarks.BuilderPostAndApply();
        var after = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Retained by the built ledger: {(after - before) / 1048576.0:F0} MiB ({ledger.DocumentCount:N0} documents, {ledger.Sequence:N0} events)"));
    }

    private static void Measure(string name, Func<object> run)
    {
        run();
        var cpu = new List<double>();
        var allocated = new List<long>();
        var collections = new int[3];
        for (var i = 0; i < 5; i++)
        {
            GC.Collect();
            var process = Process.GetCurrentProcess();
            var startCpu = process.TotalProcessorTime;
            var startBytes = GC.GetTotalAllocatedBytes(precise: true);
            var startCollections = new[] { GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2) };
            GC.KeepAlive(run());
            for (var g = 0; g < 3; g++)
            {
                collections[g] += GC.CollectionCount(g) - startCollections[g];
            }

            allocated.Add(GC.GetTotalAllocatedBytes(precise: true) - startBytes);
            process.Refresh();
            cpu.Add((process.TotalProcessorTime - startCpu).TotalMilliseconds);
        }

        cpu.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: median {cpu[2]:F0} ms CPU (min {cpu[0]:F0}, max {cpu[4]:F0}), allocated {allocated.Average() / 1048576.0:F0} MiB, collections per run (gen 0/1/2, counted inclusively) {collections[0] / 5.0:F0}/{collections[1] / 5.0:F0}/{collections[2] / 5.0:F0}"));
    }
}
