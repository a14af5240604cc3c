using BenchmarkDotNet.Attributes;
using Receivables.Matching;
using Receivables.Tests.Matching.Synthetic;

using Receivables.Ledger;

namespace Receivables.Benchmarks;

/// <summary>
/// Reconciliation matching at nightly-batch size: 100,000 statement lines against 1,000,000 open items of 50,000
/// customers (the labelled synthetic mix of docs/matching.md). Index build and matching are measured separately and
/// together; the baseline is a dictionary-only matcher that applies a line when one whitespace-separated token of its
/// remittance text equals a document number exactly.
/// </summary>
[MemoryDiagnoser]
public class MatchingBenchmarks
{
    private SyntheticStatement _data = null!;
    private MatchingEngine _engine = null!;
    private MatchIndex _index = null!;
    private SyntheticStatement _extended = null!;

    /// <summary>The benchmark world (after <see cref="Setup"/>), for runners that measure more on the same data.</summary>
    internal SyntheticStatement Data => _data;

    /// <summary>The index of <see cref="Data"/> (after <see cref="Setup"/>).</summary>
    internal MatchIndex Index => _index;

    [GlobalSetup]
    public void Setup()
    {
        _data = MatchingDataGenerator.Generate(MatchingDataGenerator.DocumentedSeed, 50_000, 20, 100_000);
        _engine = MatchingEngine.Create();
        _index = _engine.BuildIndex(_data.Items, _data.Customers);
        // Issue 14's extended world at the same size: seven numbering schemes, leading zeros left out, and 20,000
        // lines of the new kinds (unearned discounts, bank charges above tolerance, short payments, overpayments,
        // payer names in the text) on top of the 100,000.
        _extended = MatchingDataGenerator.Generate(MatchingDataGenerator.DocumentedSeed, 50_000, 20, 100_000, extraLines: 20_000);
    }

    [Benchmark(Baseline = true)]
    public int ExactReferenceDictionary()
    {
        var byNumber = new Dictionary<string, OpenItem>(_data.Items.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var item in _data.Items)
        {
            byNumber[item.Id.Value] = item;
        }

        var matched = 0;
        foreach (var line in _data.Lines)
        {
            if (line.RemittanceText is null || !line.Amount.IsPositive)
            {
                continue;
            }

            foreach (var token in line.RemittanceText.Split([' ', ',', '/'], StringSplitOptions.RemoveEmptyEntries))
            {
                if (byNumber.TryGetValue(token, out var item) && item.Currency == line.Amount.Currency)
                {
                    matched++;
                    break;
                }
            }
        }

        return matched;
    }

    /// <summary>A floor, not a matcher: reads every field of every item and line that matching reads at least once (each
    /// number's and text's characters, the customer, the open amount, the discounts, the dates), and nothing else. No
    /// implementation over these objects can take less; the gap to <see cref="WholeRun"/> is what matching itself costs.</summary>
    [Benchmark]
    public long InputFloor()
    {
        var sum = 0L;
        foreach (var item in _data.Items)
        {
            foreach (var c in item.Id.Value)
            {
                sum += c;
            }

            sum += item.Customer.Value.Length + item.Discounts.Length + item.DueDate.DayNumber + item.DocumentDate.DayNumber + item.References.Length
                + decimal.ToInt64(decimal.Truncate(item.Open.Amount));
        }

        foreach (var line in _data.Lines)
        {
            foreach (var text in (ReadOnlySpan<string?>)[line.RemittanceText, line.EndToEndReference, line.PayerAccount, line.PayerName])
            {
                foreach (var c in text ?? string.Empty)
                {
                    sum += c;
                }
            }

            sum += decimal.ToInt64(decimal.Truncate(line.Amount.Amount)) + line.ValueDate.DayNumber;
        }

        return sum;
    }

    [Benchmark]
    public MatchIndex BuildIndex() => _engine.BuildIndex(_data.Items, _data.Customers);

    [Benchmark]
    public MatchResult MatchWithBuiltIndex() => _engine.Match(_index, _data.Lines);

    [Benchmark]
    public MatchResult WholeRun() => _engine.Match(_data.Lines, _data.Items, _data.Customers);

    /// <summary>The whole run on the extended world (120,000 lines against about 1M items, default options).</summary>
    [Benchmark]
    public MatchResult WholeRunExtendedWorld() => _engine.Match(_extended.Lines, _extended.Items, _extended.Customers);

    /// <summary>The whole run, then every line's reasons read (as the command-line tool prints them): reasons are
    /// written when first read, so this is what a batch pays that shows every line's reasons.</summary>
    [Benchmark]
    public int WholeRunReadingReasons()
    {
        var characters = 0;
        foreach (var line in _engine.Match(_data.Lines, _data.Items, _data.Customers).Lines)
        {
            foreach (var reason in line.Reasons)
            {
                characters += reason.Text.Length;
            }
        }

        return characters;
    }
}
