using BenchmarkDotNet.Attributes;
using Receivables.Aging;
using Receivables.Ledger;

namespace Receivables.Benchmarks;

/// <summary>The order of the generated open items.</summary>
public enum ItemOrder
{
    /// <summary>Customers in random order (the hard case for the per-customer accumulators).</summary>
    Random,

    /// <summary>Items grouped by customer, as a database index scan returns them.</summary>
    SortedByCustomer,
}

/// <summary>
/// Aging 1M and 10M open items of 10k and 100k customers into six buckets (ERPNext 30/60/90/120 plus not yet due):
/// the columnar engine single-threaded and parallel, the object overload, a straightforward LINQ <c>GroupBy</c>
/// (baseline) and a loop that only sums the same input arrays (the memory-streaming floor), on one thread and on all.
/// </summary>
[MemoryDiagnoser]
public class AgingBenchmarks
{
    private static readonly DateOnly AsOf = new(2026, 11, 30);
    private readonly AgingEngine _single = AgingEngine.Create(AgingScheme.ErpNextDefault);
    private readonly AgingEngine _parallel = AgingEngine.Create(AgingScheme.ErpNextDefault, new AgingOptions { DegreeOfParallelism = Environment.ProcessorCount });
    private string[] _keys = [];
    private int[] _customers = [];
    private int[] _days = [];
    private long[] _cents = [];
    private OpenItem[] _items = [];

    [Params(1_000_000, 10_000_000)]
    public int Items { get; set; }

    [Params(10_000, 100_000)]
    public int Customers { get; set; }

    [Params(ItemOrder.Random, ItemOrder.SortedByCustomer)]
    public ItemOrder Order { get; set; }

    [GlobalSetup(Targets = [nameof(LinqGroupBy), nameof(StreamingFloor), nameof(StreamingFloorParallel), nameof(ColumnarSingleThreaded), nameof(ColumnarParallel)])]
    public void SetupColumns() => Generate();

    [GlobalSetup(Target = nameof(ObjectOverload))]
    public void SetupObjects()
    {
        Generate();
        var customers = _keys.Select(k => new CustomerId(k)).ToArray();
        var documents = Enumerable.Range(0, 1024).Select(i => new DocumentId($"INV-{i:D6}")).ToArray();
        _items = new OpenItem[Items];
        for (var i = 0; i < Items; i++)
        {
            var due = DateOnly.FromDayNumber(_days[i]);
            _items[i] = new OpenItem(documents[i & 1023], customers[_customers[i]], new Money(_cents[i] / 100m, Currency.EUR), due.AddDays(-30), due);
        }
    }

    [Benchmark(Baseline = true)]
    public decimal LinqGroupBy()
    {
        var scheme = AgingScheme.ErpNextDefault;
        var asOf = AsOf.DayNumber;
        return Enumerable.Range(0, _customers.Length)
            .GroupBy(i => (Customer: _customers[i], Bucket: scheme.BucketOf(asOf - _days[i])))
            .Select(g => g.Sum(i => _cents[i] / 100m))
            .Sum();
    }

    [Benchmark]
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

    /// <summary>The streaming floor split across <see cref="Environment.ProcessorCount"/> threads like
    /// <see cref="ColumnarParallel"/>: how much a second core can add to a job that only reads the columns.</summary>
    [Benchmark]
    public long StreamingFloorParallel()
    {
        var parts = Environment.ProcessorCount;
        var sums = new long[parts];
        var customers = _customers;
        var days = _days;
        var cents = _cents;
        Parallel.For(0, parts, new ParallelOptions { MaxDegreeOfParallelism = parts }, p =>
        {
            var end = (int)((long)cents.Length * (p + 1) / parts);
            long sum = 0;
            for (var i = (int)((long)cents.Length * p / parts); i < end; i++)
            {
                sum = unchecked(sum + customers[i] + days[i] + cents[i]);
            }

            sums[p] = sum;
        });
        return sums.Sum();
    }

    [Benchmark]
    public AgingReport ColumnarSingleThreaded() => _single.Age(AsOf, Currency.EUR, _keys, _customers, _days, _cents);

    [Benchmark]
    public AgingReport ColumnarParallel() => _parallel.AgeInParallel(AsOf, Currency.EUR, _keys, _customers, _days, _cents);

    [Benchmark]
    public AgingReport ObjectOverload() => _single.Age(AsOf, _items);

    private void Generate()
    {
        var random = new Random(42);
        var asOf = AsOf.DayNumber;
        _keys = [.. Enumerable.Range(0, Customers).Select(c => $"C-{c:D6}")];
        _customers = new int[Items];
        _days = new int[Items];
        _cents = new long[Items];
        for (var i = 0; i < Items; i++)
        {
            _customers[i] = Order == ItemOrder.Random ? random.Next(Customers) : (int)((long)i * Customers / Items);
            _days[i] = asOf - random.Next(-60, 400);
            _cents[i] = random.Next(1, 10_000_000);
        }
    }
}
