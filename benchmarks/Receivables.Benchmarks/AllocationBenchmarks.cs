using BenchmarkDotNet.Attributes;

namespace Receivables.Benchmarks;

/// <summary>
/// Splitting money: <see cref="Money.Allocate(IReadOnlyList{decimal}, IRemainderPolicy?)"/> against a naive
/// "divide and round each part" baseline (which does not add up to the total, shown for cost only).
/// </summary>
[MemoryDiagnoser]
public class AllocationBenchmarks
{
    private Money _total;
    private decimal[] _ratios = [];

    [Params(12, 120)]
    public int Parts { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _total = new Money(1_000_000.01m, Currency.EUR);
        var random = new Random(42);
        _ratios = [.. Enumerable.Range(0, Parts).Select(_ => (decimal)random.Next(1, 1000))];
    }

    [Benchmark(Baseline = true)]
    public decimal DivideAndRound()
    {
        var sum = _ratios.Sum();
        var total = 0m;
        foreach (var ratio in _ratios)
        {
            total += Math.Round(_total.Amount * ratio / sum, 2, MidpointRounding.AwayFromZero);
        }

        return total;
    }

    [Benchmark]
    public Money[] AllocateLargestRemainder() => _total.Allocate(_ratios);
}
