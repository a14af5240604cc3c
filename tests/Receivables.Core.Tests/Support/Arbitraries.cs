using FsCheck;
using FsCheck.Fluent;

namespace Receivables.Tests.Support;

/// <summary>The generators shared by the property tests.</summary>
public static partial class Arbitraries
{
    private static readonly Currency[] SampleCurrencies =
        [Currency.EUR, Currency.USD, Currency.CNY, Currency.JPY, Currency.FromCode("KWD"), Currency.FromCode("BHD"), Currency.FromCode("CLF")];

    /// <summary>A currency with 0, 2, 3 or 4 minor units.</summary>
    public static Gen<Currency> CurrencyGen { get; } = Gen.Elements(SampleCurrencies);

    /// <summary>A rounded amount of up to ±100 million major units in a random currency.</summary>
    public static Gen<Money> MoneyGen { get; } =
        from currency in CurrencyGen
        from units in Gen.Choose(-1_000_000, 1_000_000).SelectMany(hi => Gen.Choose(0, 9_999).Select(lo => (hi * 10_000L) + lo))
        select new Money(units * currency.MinorUnit, currency);

    /// <summary>A positive rounded amount in the given currency, up to 1,000,000 minor units.</summary>
    public static Gen<Money> PositiveMoney(Currency currency)
        => Gen.Choose(1, 1_000_000).Select(units => new Money(units * currency.MinorUnit, currency));

    /// <summary>Ratios for allocation: 1 to 12 non-negative weights with a positive sum.</summary>
    public static Gen<decimal[]> RatiosGen { get; } =
        Gen.Choose(1, 12)
            .SelectMany(n => Gen.ArrayOf(Gen.Choose(0, 1000).Select(x => (decimal)x), n))
            .Where(r => r.Sum() > 0m);

    /// <summary>The built-in remainder policies.</summary>
    public static Gen<IRemainderPolicy> RemainderPolicyGen { get; } =
        Gen.Elements(RemainderPolicies.LargestRemainder, RemainderPolicies.FirstPart, RemainderPolicies.LastPart);
}
