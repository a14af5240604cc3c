using FsCheck;
using FsCheck.Fluent;
using Receivables.Analytics;
using Receivables.Ledger;

namespace Receivables.Tests.Support;

/// <summary>Generators for the process-analytics tests.</summary>
public static partial class Arbitraries
{
    /// <summary>The as-of date every generated cycle uses.</summary>
    public static readonly DateOnly AnalyticsAsOf = new(2026, 12, 31);

    private static readonly Currency[] AnalyticsCurrencies = [Currency.CNY, Currency.JPY, Currency.FromCode("KWD")];

    private static readonly string[] AnalyticsKeys = ["华东", "华北", "net 30", "(none)"];

    /// <summary>One payment record in a group: terms of 0 to 90 days, paid from 0 to 200 days after the document date,
    /// a positive amount in CNY, JPY or KWD (sometimes very large).</summary>
    public static Gen<(string Key, PaymentRecord Record)> KeyedPaymentRecordGen { get; } =
        from key in Gen.Elements(AnalyticsKeys)
        from customer in Gen.Choose(1, 6)
        from item in Gen.Choose(1, 9_999)
        from documentDay in Gen.Choose(0, 600)
        from term in Gen.Choose(0, 90)
        from paidAfter in Gen.Choose(0, 200)
        from currency in Gen.Elements(AnalyticsCurrencies)
        from units in Gen.Choose(1, 10_000_000)
        from huge in Gen.Frequency((9, Gen.Constant(false)), (1, Gen.Constant(true)))
        let amount = (huge ? units * 1_000_000m : units) * currency.MinorUnit
        let documentDate = new DateOnly(2025, 1, 1).AddDays(documentDay)
        select (key, new PaymentRecord(new CustomerId($"C-{customer}"), new DocumentId($"INV-{item}"), new DocumentId($"PAY-{item}"), new Money(amount, currency), documentDate, documentDate.AddDays(term), documentDate.AddDays(paidAfter)));

    /// <summary>Up to 80 keyed payment records.</summary>
    public static Gen<(string Key, PaymentRecord Record)[]> KeyedPaymentRecordsGen { get; } =
        Gen.Choose(0, 80).SelectMany(n => Gen.ArrayOf(KeyedPaymentRecordGen, n));

    /// <summary>One item's collection cycle on <see cref="AnalyticsAsOf"/>: each milestone present or not, in order or
    /// (for the promise) before the reminder; open or settled; paid only when settled.</summary>
    public static Gen<ItemCycle> ItemCycleGen { get; } =
        from key in Gen.Elements(AnalyticsKeys)
        from customer in Gen.Choose(1, 6)
        from item in Gen.Choose(1, 99_999)
        from invoicedBack in Gen.Choose(0, 400)
        from reminderAfter in Gen.Frequency((2, Gen.Constant((int?)null)), (3, Gen.Choose(0, 90).Select(d => (int?)d)))
        from promiseAfter in Gen.Frequency((2, Gen.Constant((int?)null)), (3, Gen.Choose(0, 120).Select(d => (int?)d)))
        from settledAfter in Gen.Frequency((1, Gen.Constant((int?)null)), (2, Gen.Choose(0, 200).Select(d => (int?)d)))
        from byPayment in Gen.Frequency((1, Gen.Constant(false)), (4, Gen.Constant(true)))
        let invoiced = AnalyticsAsOf.AddDays(-invoicedBack)
        let reminder = Within(invoiced, reminderAfter)
        let promise = Within(invoiced, promiseAfter)
        let settled = Within(invoiced, settledAfter)
        select new ItemCycle(new CustomerId($"C-{customer}"), new DocumentId($"INV-{item}"), key, invoiced, reminder, promise, byPayment ? settled : null, isOpen: settled is null);

    /// <summary>Up to 60 item cycles.</summary>
    public static Gen<ItemCycle[]> ItemCyclesGen { get; } = Gen.Choose(0, 60).SelectMany(n => Gen.ArrayOf(ItemCycleGen, n));

    /// <summary>A non-empty sample of 1 to 40 day counts from -30 to 400, and two percentiles in (0, 100].</summary>
    public static Gen<(int[] Values, double P, double Q)> PercentileCaseGen { get; } =
        from n in Gen.Choose(1, 40)
        from values in Gen.ArrayOf(Gen.Choose(-30, 400), n)
        from p in Gen.Choose(1, 1000)
        from q in Gen.Choose(1, 1000)
        select (values, p / 10d, q / 10d);

    private static DateOnly? Within(DateOnly invoiced, int? after)
        => after is { } a && invoiced.AddDays(a) <= AnalyticsAsOf ? invoiced.AddDays(a) : null;
}
