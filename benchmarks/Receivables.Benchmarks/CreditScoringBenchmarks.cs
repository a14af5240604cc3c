using BenchmarkDotNet.Attributes;
using Receivables.Credit;
using Receivables.Credit.Policy;
using Receivables.Credit.Scoring;
using Receivables.Ledger;

namespace Receivables.Benchmarks;

/// <summary>
/// Scoring a customer base: 100,000 customers with 24 months of history, 100 payment records each (10 million records
/// in all) plus a few open items and financial statements for one customer in five. The baseline is the straightforward
/// payment-index-only computation (one LINQ pass per customer, PAYDEX mapping); the others run the full default
/// scorecard (nine factors, weight redistribution, reasons) sequentially and in parallel.
/// </summary>
[MemoryDiagnoser]
public class CreditScoringBenchmarks
{
    private static readonly DateOnly AsOf = new(2026, 11, 30);
    private CreditProfile[] _profiles = [];

    [Params(100_000)]
    public int Customers { get; set; }

    [Params(100)]
    public int RecordsPerCustomer { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        var items = Enumerable.Range(0, RecordsPerCustomer).Select(i => new DocumentId($"INV-{i:000}")).ToArray();
        var payments = Enumerable.Range(0, RecordsPerCustomer).Select(i => new DocumentId($"PAY-{i:000}")).ToArray();
        _profiles = new CreditProfile[Customers];
        for (var c = 0; c < Customers; c++)
        {
            var customer = new CustomerId($"C-{c:000000}");
            var habit = random.Next(-10, 60);
            var records = new PaymentRecord[RecordsPerCustomer];
            for (var r = 0; r < records.Length; r++)
            {
                var due = AsOf.AddDays(-random.Next(0, 730));
                var beyond = Math.Max(-30, habit + random.Next(-15, 16));
                var paid = due.AddDays(beyond);
                paid = paid > AsOf ? AsOf : paid;
                records[r] = new PaymentRecord(customer, items[r], payments[r], new Money(random.Next(100, 100_000), Currency.EUR), due.AddDays(-30), due, paid);
            }

            var open = new OpenItem[3];
            for (var o = 0; o < open.Length; o++)
            {
                var amount = new Money(random.Next(100, 50_000), Currency.EUR);
                var due = AsOf.AddDays(random.Next(-60, 30));
                open[o] = new OpenItem(items[o], customer, amount, due.AddDays(-30), due);
            }

            _profiles[c] = new CreditProfile
            {
                Customer = customer,
                AsOf = AsOf,
                Currency = Currency.EUR,
                PaymentRecords = records,
                OpenItems = open,
                CustomerSince = AsOf.AddDays(-random.Next(30, 3000)),
                CreditLimit = new Money(random.Next(10, 200) * 1000m, Currency.EUR),
                InvoicedLast12Months = new Money(random.Next(100, 5000) * 1000m, Currency.EUR),
                DisputedLast12Months = new Money(random.Next(0, 50) * 1000m, Currency.EUR),
                Statements = c % 5 != 0 ? null : new FinancialStatements
                {
                    CurrentAssets = random.Next(1, 1000) * 1000m,
                    CurrentLiabilities = random.Next(1, 1000) * 1000m,
                    TotalAssets = random.Next(1000, 3000) * 1000m,
                    TotalLiabilities = random.Next(1, 2000) * 1000m,
                    RetainedEarnings = random.Next(-500, 1000) * 1000m,
                    Ebit = random.Next(-200, 400) * 1000m,
                    BookEquity = random.Next(1, 1500) * 1000m,
                    Sales = random.Next(500, 5000) * 1000m,
                    NetIncome = random.Next(-100, 300) * 1000m,
                },
            };
        }
    }

    /// <summary>The straightforward baseline: amount-weighted days beyond terms over 24 months with LINQ, mapped on PAYDEX.</summary>
    [Benchmark(Baseline = true)]
    public double PaymentIndexOnlyLinq()
    {
        var from = AsOf.AddMonths(-24).AddDays(1);
        var total = 0d;
        foreach (var profile in _profiles)
        {
            var window = profile.PaymentRecords.Where(r => r.PaidOn >= from && r.PaidOn <= AsOf).ToList();
            var weight = window.Sum(r => r.Amount.Amount);
            var days = window.Sum(r => r.Amount.Amount * r.DaysBeyondTerms) / weight;
            total += Paydex.FromDaysBeyondTerms((double)days);
        }

        return total;
    }

    /// <summary>The full default scorecard, one customer after another.</summary>
    [Benchmark]
    public double DefaultScorecard()
    {
        var scorecard = Scorecard.Default;
        var total = 0d;
        foreach (var profile in _profiles)
        {
            total += scorecard.Score(profile).Score ?? 0d;
        }

        return total;
    }

    /// <summary>The full default scorecard across all cores (the scorecard is immutable and thread-safe).</summary>
    [Benchmark]
    public double DefaultScorecardParallel()
    {
        var scorecard = Scorecard.Default;
        var scores = new double[_profiles.Length];
        Parallel.For(0, _profiles.Length, i => scores[i] = scorecard.Score(_profiles[i]).Score ?? 0d);
        return scores.Sum();
    }
}
