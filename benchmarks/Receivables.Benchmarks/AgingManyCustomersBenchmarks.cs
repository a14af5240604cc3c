using BenchmarkDotNet.Attributes;
using Receivables.Aging;

namespace Receivables.Benchmarks;

/// <summary>
/// Issue 12's case: aging 10M open items in random customer order into six buckets, for 10k and 100k customers, on one
/// thread. <see cref="StreamingFloor"/> (baseline) only sums the input columns; <see cref="ColumnarSingleThreaded"/> is
/// the engine reading the totals (the report's lines are built on first read); <see cref="ColumnarReadingEveryLine"/>
/// also reads every line, so the cost of building them shows separately.
/// </summary>
[MemoryDiagnoser]
public class AgingManyCustomersBenchmarks
{
    private static readonly DateOnly AsOf = new(2026, 11, 30);
    private readonly AgingEngine _engine = AgingEngine.Create(AgingScheme.ErpNextDefault);
    private string[] _keys = [];
    private int[] _customers = [];
    private int[] _days = [];
    private long[] _cents = [];

    [Params(10_000, 100_000)]
    public int Customers { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        const int items = 10_000_000;
        var random = new Random(42);
        _keys = [.. Enumerable.Range(0, Customers).Select(c => $"C-{c:D6}")];
        _customers = new int[items];
        _days = new int[items];
        _cents = new long[items];
        for (var i = 0; i < items; i++)
        {
            _customers[i] = random.Next(Customers);
            _days[i] = AsOf.DayNumber - random.Next(-60, 400);
            _cents[i] = random.Next(1, 10_000_000);
        }
    }

    [Benchmark(Baseline = true)]
    public long StreamingFloor()
    {
        long sum = 0;
        var customers = _customers;
        var days = _days;
        var cents = _cents;
        for (var i = 0; i < cents.Length; i++)
        {
            sum = unchecked(sum + customers[i] + days[i] + cents[i]);
        }

        return sum;
    }

    [Benchmark]
    public decimal ColumnarSingleThreaded()
        => _engine.Age(AsOf, Currency.EUR, _keys, _customers, _days, _cents).Section(Currency.EUR).GrandTotal.Amount;

    [Benchmark]
    public int ColumnarReadingEveryLine()
        => _engine.Age(AsOf, Currency.EUR, _keys, _customers, _days, _cents).Section(Currency.EUR).Lines.Length;
}
