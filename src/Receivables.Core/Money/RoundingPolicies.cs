using Receivables.Internal;

namespace Receivables;

/// <summary>The built-in rounding policies. Each rounds to the currency's minor unit unless it says otherwise.</summary>
/// <remarks>All policies are immutable and thread-safe.</remarks>
public static class RoundingPolicies
{
    /// <summary>Gets the policy used when none is given: <see cref="HalfAwayFromZero"/>, as most ERPs round.</summary>
    public static IRoundingPolicy Default => HalfAwayFromZero;

    /// <summary>Gets half away from zero ("commercial rounding"): 2.345 → 2.35, −2.345 → −2.35.</summary>
    public static IRoundingPolicy HalfAwayFromZero { get; } = new ModeRounding(MidpointRounding.AwayFromZero, "HalfAwayFromZero");

    /// <summary>Gets half to even ("banker's rounding"): 2.345 → 2.34, 2.355 → 2.36.</summary>
    public static IRoundingPolicy HalfToEven { get; } = new ModeRounding(MidpointRounding.ToEven, "HalfToEven");

    /// <summary>Gets truncation towards zero: 2.349 → 2.34, −2.349 → −2.34.</summary>
    public static IRoundingPolicy TowardsZero { get; } = new ModeRounding(MidpointRounding.ToZero, "TowardsZero");

    /// <summary>Gets rounding up, away from zero: 2.341 → 2.35, −2.341 → −2.35.</summary>
    public static IRoundingPolicy AwayFromZero { get; } = new UpRounding();

    /// <summary>Gets rounding towards negative infinity: 2.349 → 2.34, −2.341 → −2.35.</summary>
    public static IRoundingPolicy Floor { get; } = new ModeRounding(MidpointRounding.ToNegativeInfinity, "Floor");

    /// <summary>Gets rounding towards positive infinity: 2.341 → 2.35, −2.349 → −2.34.</summary>
    public static IRoundingPolicy Ceiling { get; } = new ModeRounding(MidpointRounding.ToPositiveInfinity, "Ceiling");

    /// <summary>
    /// Gets cash rounding to a step, such as 0.05 (Swiss francs, Australian cents): 1.02 → 1.00, 1.03 → 1.05,
    /// 1.025 → 1.05 with the default midpoint rule.
    /// </summary>
    /// <param name="step">The step in major units, greater than zero, such as 0.05m.</param>
    /// <param name="midpoint">How a value exactly between two steps rounds. The default value is <see cref="MidpointRounding.AwayFromZero"/>.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="step"/> is zero or negative, or <paramref name="midpoint"/> is undefined.</exception>
    public static IRoundingPolicy Cash(decimal step, MidpointRounding midpoint = MidpointRounding.AwayFromZero)
    {
        Guard.Positive(step);
        Guard.Defined(midpoint);
        return new CashRounding(step, midpoint);
    }

    private sealed class ModeRounding(MidpointRounding mode, string name) : IRoundingPolicy
    {
        public decimal Round(in RoundingArguments arguments) => Math.Round(arguments.Amount, arguments.Currency.MinorUnits, mode);

        public override string ToString() => name;
    }

    private sealed class UpRounding : IRoundingPolicy
    {
        public decimal Round(in RoundingArguments arguments) => Up(arguments.Amount, arguments.Currency);

        private static decimal Up(decimal amount, Currency currency) => amount >= 0m
            ? Math.Round(amount, currency.MinorUnits, MidpointRounding.ToPositiveInfinity)
            : Math.Round(amount, currency.MinorUnits, MidpointRounding.ToNegativeInfinity);

        public override string ToString() => "AwayFromZero";
    }

    private sealed class CashRounding(decimal step, MidpointRounding midpoint) : IRoundingPolicy
    {
        public decimal Round(in RoundingArguments arguments) => Math.Round(arguments.Amount / step, 0, midpoint) * step;

        public override string ToString() => $"Cash({step})";
    }
}
