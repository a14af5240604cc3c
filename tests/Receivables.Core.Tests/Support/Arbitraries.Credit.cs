using FsCheck;
using FsCheck.Fluent;
using Receivables.Credit;
using Receivables.Credit.Policy;
using Receivables.Credit.Scoring;
using Receivables.Ledger;

namespace Receivables.Tests.Support;

/// <summary>Generators for the credit property tests.</summary>
public static partial class Arbitraries
{
    private static readonly DateOnly CreditAsOf = new(2026, 11, 30);
    private static readonly CustomerId CreditCustomer = new("C-PROP");

    /// <summary>A payment record in EUR: up to 10,000.00, due within the last two years, paid 40 days early to 200 days late.</summary>
    public static Gen<PaymentRecord> PaymentRecordGen { get; } =
        from cents in Gen.Choose(1, 1_000_000)
        from dueAgo in Gen.Choose(0, 730)
        from beyond in Gen.Choose(-40, 200)
        from n in Gen.Choose(1, 1_000_000)
        let due = CreditAsOf.AddDays(-dueAgo)
        select new PaymentRecord(CreditCustomer, new DocumentId($"INV-{n}"), new DocumentId($"PAY-{n}"), new Money(cents / 100m, Currency.EUR), due.AddDays(-30), due, due.AddDays(beyond));

    /// <summary>An open EUR item due between 200 days ago and 60 days ahead.</summary>
    public static Gen<OpenItem> OpenItemGen { get; } =
        from cents in Gen.Choose(1, 1_000_000)
        from dueAgo in Gen.Choose(-60, 200)
        from n in Gen.Choose(1, 1_000_000)
        let due = CreditAsOf.AddDays(-dueAgo)
        let amount = new Money(cents / 100m, Currency.EUR)
        select new OpenItem(new DocumentId($"OPEN-{n}"), CreditCustomer, amount, due.AddDays(-30), due);

    /// <summary>Complete financial statements of a plausible firm (some loss-making, some over-indebted); book equity is
    /// total assets minus total liabilities, as on a balance sheet.</summary>
    public static Gen<FinancialStatements> StatementsGen { get; } =
        from ca in Gen.Choose(0, 1_000_000)
        from inventoryShare in Gen.Choose(0, 100)
        from cl in Gen.Choose(1, 1_000_000)
        from ta in Gen.Choose(1, 2_000_000)
        from tl in Gen.Choose(1, 2_000_000)
        from re in Gen.Choose(-500_000, 500_000)
        from ebit in Gen.Choose(-200_000, 300_000)
        from sales in Gen.Choose(0, 3_000_000)
        from ni in Gen.Choose(-100_000, 200_000)
        from ocf in Gen.Choose(-200_000, 400_000)
        select new FinancialStatements
        {
            CurrentAssets = ca,
            Inventory = ca * inventoryShare / 100,
            CurrentLiabilities = cl,
            TotalAssets = ta,
            TotalLiabilities = tl,
            RetainedEarnings = re,
            Ebit = ebit,
            BookEquity = ta - tl,
            MarketEquity = Math.Max(0, ta - tl),
            Sales = sales,
            NetIncome = ni,
            OperatingCashFlow = ocf,
        };

    /// <summary>A credit profile in EUR as of 2026-11-30 where every input is sometimes missing.</summary>
    public static Gen<CreditProfile> CreditProfileGen { get; } =
        from records in Gen.Choose(0, 15).SelectMany(n => Gen.ArrayOf(PaymentRecordGen, n))
        from open in Gen.Choose(0, 5).SelectMany(n => Gen.ArrayOf(OpenItemGen, n))
        from statements in Gen.OneOf(Gen.Constant<FinancialStatements?>(null), StatementsGen.Select(s => (FinancialStatements?)s))
        from sinceDays in Gen.Choose(-1, 4000)
        from limit in Gen.Choose(0, 500_000)
        from orders in Gen.Choose(0, 100_000)
        from invoiced in Gen.Choose(0, 1_000_000)
        from disputedShare in Gen.Choose(0, 100)
        from external in Gen.Choose(-1, 100)
        from industry in Gen.Choose(0, 5)
        select new CreditProfile
        {
            Customer = CreditCustomer,
            AsOf = CreditAsOf,
            Currency = Currency.EUR,
            PaymentRecords = records,
            OpenItems = open,
            Statements = statements,
            CustomerSince = sinceDays < 0 ? null : CreditAsOf.AddDays(-sinceDays),
            CreditLimit = limit == 0 ? null : new Money(limit, Currency.EUR),
            OpenOrders = new Money(orders, Currency.EUR),
            InvoicedLast12Months = new Money(invoiced, Currency.EUR),
            DisputedLast12Months = new Money(invoiced * disputedShare / 100m, Currency.EUR),
            ExternalScores = external < 0 ? [] : [new ExternalScore("Bureau", external, 0, 100)],
            IndustryRiskClass = industry == 0 ? null : industry,
        };

    /// <summary>A valid grade scale: 1 to 10 bands with distinct minimums, one of them 0.</summary>
    public static Gen<GradeScale> GradeScaleGen { get; } =
        Gen.Choose(0, 9)
            .SelectMany(extra => Gen.ArrayOf(Gen.Choose(1, 999), extra))
            .Select(mins => GradeScale.Create([.. mins.Distinct().Select(m => m / 10d).Append(0d).Select((m, i) => new GradeBand($"G{i}", m))]));

    /// <summary>Positive weights (1 to 12) and which factors are available (at least one).</summary>
    public static Gen<(double[] Weights, bool[] Available)> WeightsAndAvailabilityGen { get; } =
        from n in Gen.Choose(1, 12)
        from raw in Gen.ArrayOf(Gen.Choose(1, 1000), n)
        from available in Gen.ArrayOf(Gen.Elements(true, false), n).Where(a => a.Any(x => x))
        let total = raw.Sum()
        select (raw.Select(r => (double)r / total).ToArray(), available);

    /// <summary>A customer for the good-payer reward: 3 to 12 payments 10 days early to 60 days late over six years,
    /// up to two open items, a start date up to eleven years back, a grade of the default scale, and one payment
    /// (by index) with the days late it would have in a relapse.</summary>
    public static Gen<(CreditProfile Profile, string Grade, int RelapseIndex, int RelapseDays)> GoodPayerCaseGen { get; } =
        from records in Gen.Choose(3, 12).SelectMany(n => Gen.ArrayOf(
            from cents in Gen.Choose(100, 1_000_000)
            from paidAgo in Gen.Choose(0, 2200)
            from beyond in Gen.Choose(-10, 60)
            from id in Gen.Choose(1, 1_000_000)
            let paid = CreditAsOf.AddDays(-paidAgo)
            select new PaymentRecord(CreditCustomer, new DocumentId($"INV-{id}"), new DocumentId($"PAY-{id}"), new Money(cents / 100m, Currency.EUR), paid.AddDays(-beyond - 30), paid.AddDays(-beyond), paid), n))
        from open in Gen.Choose(0, 2).SelectMany(n => Gen.ArrayOf(OpenItemGen, n))
        from sinceDays in Gen.Choose(0, 4000)
        from grade in Gen.Elements("AAA", "AA", "A", "BBB", "BB", "B", "CCC", "CC", "C")
        from relapseIndex in Gen.Choose(0, 11)
        from relapseDays in Gen.Choose(1, 200)
        select (new CreditProfile
        {
            Customer = CreditCustomer,
            AsOf = CreditAsOf,
            Currency = Currency.EUR,
            PaymentRecords = records,
            OpenItems = open,
            CustomerSince = CreditAsOf.AddDays(-sinceDays),
            InvoicedLast12Months = new Money(120_000m, Currency.EUR),
        }, grade, relapseIndex % records.Length, relapseDays);
}
