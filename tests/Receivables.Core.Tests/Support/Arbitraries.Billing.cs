using FsCheck;
using FsCheck.Fluent;
using Receivables.Terms.Billing;

namespace Receivables.Tests.Support;

/// <summary>A generated billing contract, as plain inputs so an oracle can recompute everything from them.</summary>
public sealed record BillingCase(DateOnly Start, DateOnly? End, int Months, int? Anchor, ProrationConvention Convention, Money Price)
{
    public BillingContract Contract(BillingTiming timing = BillingTiming.InAdvance)
        => BillingContract.Create(Start, Price, BillingFrequency.EveryMonths(Months), End, Anchor, timing, Convention);
}

/// <summary>Generators for periodic billing.</summary>
public static partial class Arbitraries
{
    /// <summary>Months per billing period: mostly 1, 3, 6 and 12, sometimes anything up to 24.</summary>
    public static Gen<int> BillingMonthsGen { get; } = Gen.OneOf(Gen.Elements(1, 1, 1, 2, 3, 3, 6, 12), Gen.Choose(1, 24));

    /// <summary>An anchor day: none (the start day), any day, or a month-end day that must be capped.</summary>
    public static Gen<int?> AnchorGen { get; } = Gen.OneOf(
        Gen.Constant<int?>(null),
        Gen.Choose(1, 31).Select(d => (int?)d),
        Gen.Elements<int?>(1, 28, 29, 30, 31));

    /// <summary>A price of 1 to 10 million minor units in a currency with 0, 2 or 3 minor digits.</summary>
    public static Gen<Money> PriceGen { get; } =
        from currency in Gen.Elements(Currency.EUR, Currency.JPY, Currency.FromCode("KWD"))
        from units in Gen.OneOf(Gen.Choose(1, 10_000_000), Gen.Choose(1, 50))
        select new Money(units * currency.MinorUnit, currency);

    // Computed on each read: DateGen lives in another part of this partial class, whose static initializers may run later.
    /// <summary>A contract with an end: a random length (0 to 1,100 days) or a whole number of periods from the start.</summary>
    public static Gen<BillingCase> EndedBillingCaseGen =>
        from start in DateGen
        from months in BillingMonthsGen
        from whole in Gen.Elements(true, false)
        from periods in Gen.Choose(1, 12)
        from days in Gen.Choose(0, 1100)
        from anchor in AnchorGen
        from convention in Gen.Elements(Enum.GetValues<ProrationConvention>())
        from price in PriceGen
        select new BillingCase(start, whole ? start.AddMonths(periods * months).AddDays(-1) : start.AddDays(days), months, anchor, convention, price);

    /// <summary>An open-ended contract and a horizon 0 to 800 days after its start.</summary>
    public static Gen<(BillingCase Case, DateOnly Through)> OpenBillingCaseGen =>
        from start in DateGen
        from months in BillingMonthsGen
        from anchor in AnchorGen
        from convention in Gen.Elements(Enum.GetValues<ProrationConvention>())
        from price in PriceGen
        from horizon in Gen.Choose(0, 800)
        select (new BillingCase(start, null, months, anchor, convention, price), start.AddDays(horizon));
}
