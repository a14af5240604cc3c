using FsCheck;
using FsCheck.Fluent;
using Receivables.Aging;
using Receivables.Ledger;

namespace Receivables.Tests.Support;

/// <summary>Generators for the aging tests.</summary>
public static partial class Arbitraries
{
    /// <summary>The as-of date every generated aging case uses.</summary>
    public static readonly DateOnly AgingAsOf = new(2026, 11, 30);

    private static readonly Currency[] AgingCurrencies = [Currency.EUR, Currency.JPY, Currency.FromCode("KWD")];

    /// <summary>One open item: customer C-0..C-11, due from 60 days ahead to 800 days past due, in EUR, JPY or KWD; mostly
    /// ordinary amounts, sometimes huge (to force the decimal fallback).</summary>
    public static Gen<OpenItem> AgingItemGen { get; } =
        from customer in Gen.Choose(0, 11)
        from dueOffset in Gen.Choose(-60, 800)
        from documentLag in Gen.Choose(0, 90)
        from currency in Gen.Elements(AgingCurrencies)
        from units in Gen.Choose(1, 5_000_000)
        from huge in Gen.Frequency((9, Gen.Constant(false)), (1, Gen.Constant(true)))
        from id in Gen.Choose(1, 99_999)
        let amount = huge ? (units * 100_000_000_000m) + currency.MinorUnit : units * currency.MinorUnit // huge: up to 5 × 10^17, beyond a long of minor units
        let due = AgingAsOf.AddDays(-dueOffset)
        select new OpenItem(new DocumentId($"INV-{id}"), new CustomerId($"C-{customer}"), new Money(amount, currency), due.AddDays(-documentLag), due, segment: $"S-{customer % 3}");

    /// <summary>Up to 60 open items.</summary>
    public static Gen<OpenItem[]> AgingItemsGen { get; } = Gen.Choose(0, 60).SelectMany(n => Gen.ArrayOf(AgingItemGen, n));

    /// <summary>A scheme: 0 to 8 ascending bounds up to 720 days, by due date (sometimes with not-yet-due splits) or by document date.</summary>
    public static Gen<AgingScheme> AgingSchemeGen { get; } =
        from count in Gen.Choose(0, 8)
        from bounds in Gen.ArrayOf(Gen.Choose(1, 720), count)
        from byDocument in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
        from split in Gen.Elements(Array.Empty<int>(), [7], [7, 30], [0, 14, 45])
        let sorted = bounds.Distinct().Order().ToArray()
        select byDocument
            ? AgingScheme.Create(sorted, AgingBasis.DaysSinceDocumentDate)
            : AgingScheme.Create(sorted, AgingBasis.DaysPastDue, split);

    /// <summary>Items, a scheme and a partition label per item (0 to 3).</summary>
    public static Gen<(OpenItem[] Items, AgingScheme Scheme, int[] Parts)> AgingPartitionGen { get; } =
        from items in AgingItemsGen
        from scheme in AgingSchemeGen
        from parts in Gen.ArrayOf(Gen.Choose(0, 3), items.Length)
        select (items, scheme, parts);

    /// <summary>Minor-unit columns for one currency: up to 7 customers, 0 to 70 items (so every remainder of the four-item
    /// vector step occurs), days mostly around the as-of date but sometimes the first or last <see cref="DateOnly"/>,
    /// amounts mostly small but sometimes near <see cref="long.MaxValue"/>, rarely negative (refused), and now and
    /// then a customer index outside the key table.</summary>
    public static Gen<(int Customers, int[] Index, int[] Days, long[] Cents, AgingScheme Scheme)> MinorUnitColumnsGen { get; } =
        from customers in Gen.Choose(1, 7)
        from count in Gen.Choose(0, 70)
        from index in Gen.ArrayOf(Gen.Frequency((60, Gen.Choose(0, customers - 1)), (1, Gen.Elements(-1, customers, int.MinValue, int.MaxValue))), count)
        from days in Gen.ArrayOf(Gen.Frequency((20, Gen.Choose(-800, 800).Select(d => AgingAsOf.DayNumber - d)), (1, Gen.Elements(DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber))), count)
        from cents in Gen.ArrayOf(Gen.Frequency((200, Gen.Choose(0, 10_000_000).Select(v => (long)v)), (2, Gen.Elements(long.MaxValue, long.MaxValue / 3)), (1, Gen.Elements(-1L, long.MinValue, -(long.MaxValue / 5)))), count)
        from scheme in AgingSchemeGen
        select (customers, index, days, cents, scheme);

    /// <summary>Minor-unit columns for the accumulator's two hot loops (decision 210): 1 to 300 customers, 0 to 300 items
    /// (so the 32-item look-ahead fills, wraps its ring and stops anywhere), customers in random order, the same days and
    /// amounts as <see cref="MinorUnitColumnsGen"/> (near <see cref="long.MaxValue"/> now and then, rarely negative), now
    /// and then a customer index outside the table, and a prefetch threshold at the cell count's edges (one below, at,
    /// one above) or anywhere from 1 to twice the cells.</summary>
    public static Gen<(int Customers, int[] Index, int[] Days, long[] Cents, AgingScheme Scheme, int MinCells)> PrefetchColumnsGen { get; } =
        from customers in Gen.Frequency((3, Gen.Choose(1, 40)), (1, Gen.Choose(41, 300)))
        from count in Gen.Choose(0, 300)
        from index in Gen.ArrayOf(Gen.Frequency((400, Gen.Choose(0, customers - 1)), (1, Gen.Elements(-1, customers, int.MinValue, int.MaxValue))), count)
        from days in Gen.ArrayOf(Gen.Frequency((50, Gen.Choose(-800, 800).Select(d => AgingAsOf.DayNumber - d)), (1, Gen.Elements(DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber))), count)
        from cents in Gen.ArrayOf(Gen.Frequency((2000, Gen.Choose(0, 10_000_000).Select(v => (long)v)), (2, Gen.Elements(long.MaxValue, long.MaxValue / 3)), (1, Gen.Elements(-1L, long.MinValue, -(long.MaxValue / 5)))), count)
        from scheme in AgingSchemeGen
        from edge in Gen.Frequency((3, Gen.Elements(-1, 0, 1)), (2, Gen.Choose(-customers * scheme.BucketCount, customers * scheme.BucketCount)))
        select (customers, index, days, cents, scheme, Math.Max(1, (customers * scheme.BucketCount) + edge));
}
