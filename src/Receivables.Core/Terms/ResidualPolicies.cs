namespace Receivables.Terms;

/// <summary>The built-in residual policies for splitting an invoice into installments.</summary>
/// <remarks>All policies are immutable and thread-safe.</remarks>
public static class ResidualPolicies
{
    /// <summary>
    /// Gets Odoo's rule, the default: every line but the last is rounded half away from zero to the minor unit; the last
    /// line absorbs the difference. 100.00 in three equal thirds → 33.33, 33.33, 33.34. (If rounding up would leave the
    /// last line negative, which only happens with a few minor units, the lines are rounded down instead.)
    /// </summary>
    public static IResidualPolicy LastLine { get; } = new LastLinePolicy(wholeUnits: false);

    /// <summary>
    /// Gets the largest-remainder rule: every line is rounded down and the leftover minor units go to the lines that
    /// lost the largest fractions (ties to the earlier line). 100.00 in three thirds → 33.34, 33.33, 33.33.
    /// </summary>
    public static IResidualPolicy LargestRemainder { get; } = new LargestRemainderPolicy();

    /// <summary>
    /// Gets the rule that rounds every line but the last half away from zero to whole currency units and lets the last
    /// line absorb the rest: 1,000.50 at 30/70 → 300.00 and 700.50.
    /// </summary>
    public static IResidualPolicy WholeUnitsLastLine { get; } = new LastLinePolicy(wholeUnits: true);

    /// <summary>Gets the policy used when none is given: <see cref="LastLine"/>.</summary>
    public static IResidualPolicy Default => LastLine;

    private sealed class LastLinePolicy(bool wholeUnits) : IResidualPolicy
    {
        public Money[] Split(Money total, IReadOnlyList<decimal> percentages)
        {
            var digits = wholeUnits ? 0 : total.Currency.MinorUnits;
            var parts = Compute(total, percentages, digits, MidpointRounding.AwayFromZero);
            return parts[^1].IsNegative ? Compute(total, percentages, digits, MidpointRounding.ToZero) : parts;
        }

        public override string ToString() => wholeUnits ? "WholeUnitsLastLine" : "LastLine";

        private static Money[] Compute(Money total, IReadOnlyList<decimal> percentages, int digits, MidpointRounding mode)
        {
            var parts = new Money[percentages.Count];
            var rest = total;
            for (var i = 0; i < parts.Length - 1; i++)
            {
                var exact = total.Amount * percentages[i] / 100m;
                parts[i] = new Money(Math.Round(exact, digits, mode), total.Currency);
                rest -= parts[i];
            }

            parts[^1] = rest;
            return parts;
        }
    }

    private sealed class LargestRemainderPolicy : IResidualPolicy
    {
        public Money[] Split(Money total, IReadOnlyList<decimal> percentages)
            => total.IsZero
                ? [.. percentages.Select(_ => total)]
                : total.Allocate([.. percentages.Select(p => p)], RemainderPolicies.LargestRemainder);

        public override string ToString() => "LargestRemainder";
    }
}
