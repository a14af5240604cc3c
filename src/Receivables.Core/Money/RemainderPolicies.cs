using Receivables.Internal;

namespace Receivables;

/// <summary>
/// The built-in policies of the library's one splitting mechanism (see <see cref="IRemainderPolicy"/> and decision
/// 104). Two defaults, one per use, each with its reason: <see cref="Default"/> (largest remainder) for
/// <see cref="Money.Allocate(IReadOnlyList{decimal}, IRemainderPolicy?)"/>, ledger allocations and tax spreads, because
/// it is the fairest (no part a full minor unit from its exact share); and <see cref="LastAbsorbs"/> with half away
/// from zero for payment-term installments, because that is what Odoo and ERPNext users see on their invoices.
/// </summary>
/// <remarks>All policies are immutable and thread-safe.</remarks>
public static class RemainderPolicies
{
    private static readonly IRemainderPolicy LastAbsorbsHalfAwayFromZero = new LastAbsorbsPolicy(RoundingPolicies.HalfAwayFromZero);

    /// <summary>
    /// Gets the largest-remainder (Hamilton) rule, the default for allocations: every part is rounded down and each
    /// leftover minor unit goes to the part that lost the largest fraction; ties go to the earlier part. No part differs
    /// from its exact share by a full minor unit or more. 100.00 in three → 33.34, 33.33, 33.33.
    /// </summary>
    public static IRemainderPolicy LargestRemainder { get; } = new LargestRemainderPolicy();

    /// <summary>Gets the rule that rounds every part down and gives every leftover minor unit to the last part:
    /// 100.00 in three → 33.33, 33.33, 33.34; 0.05 in three → 0.01, 0.01, 0.03.</summary>
    public static IRemainderPolicy LastPart { get; } = new EndPolicy(last: true);

    /// <summary>Gets the rule that rounds every part down and gives every leftover minor unit to the first part.</summary>
    public static IRemainderPolicy FirstPart { get; } = new EndPolicy(last: false);

    /// <summary>Gets the policy <see cref="Money.Allocate(IReadOnlyList{decimal}, IRemainderPolicy?)"/> uses when none is
    /// given: <see cref="LargestRemainder"/>.</summary>
    public static IRemainderPolicy Default => LargestRemainder;

    /// <summary>
    /// The rule of Odoo's and ERPNext's installments: every part but the last is rounded on its own by
    /// <paramref name="rounding"/>, and the last part absorbs the difference. With half away from zero, 0.15 at
    /// 10/10/80 → 0.02, 0.02, 0.11; with <c>RoundingPolicies.Cash(1m)</c> (whole units), 1,000.50 at 30/70 → 300.00,
    /// 700.50; with <c>RoundingPolicies.Cash(0.05m)</c>, CHF 100.00 in three → 33.35, 33.35, 33.30. When rounding would
    /// leave the last part negative (a few minor units split many ways), or the rounding does not give whole minor
    /// units, the parts are rounded down to the minor unit instead and the last takes the rest (<see cref="LastPart"/>).
    /// </summary>
    /// <param name="rounding">How each part but the last is rounded. The default value is
    /// <see cref="RoundingPolicies.HalfAwayFromZero"/>.</param>
    /// <returns>The policy.</returns>
    public static IRemainderPolicy LastAbsorbs(IRoundingPolicy? rounding = null)
        => rounding is null || ReferenceEquals(rounding, RoundingPolicies.HalfAwayFromZero) ? LastAbsorbsHalfAwayFromZero : new LastAbsorbsPolicy(rounding);

    private static void RoundDownLeftoverTo(in RemainderArguments arguments, int index)
    {
        var sum = 0m;
        for (var i = 0; i < arguments.Parts.Length; i++)
        {
            arguments.Parts[i] = arguments.Floor(i);
            sum += arguments.Parts[i];
        }

        arguments.Parts[index] += arguments.Total - sum;
    }

    internal sealed class LargestRemainderPolicy : IRemainderPolicy
    {
        public void Distribute(in RemainderArguments arguments)
        {
            var scale = Currency.Pow10(arguments.Currency.MinorUnits);
            var unitShares = new decimal[arguments.Shares.Length];
            for (var i = 0; i < unitShares.Length; i++)
            {
                unitShares[i] = arguments.Shares[i] * scale;
            }

            Split(unitShares, arguments.Total * scale, scale, arguments.Parts);
        }

        public override string ToString() => "LargestRemainder";

        /// <summary>
        /// The split itself, on shares in minor units (the allocator's exact figures, or the arguments' shares scaled):
        /// each share rounded down to a whole unit, then the units left over one each to the largest fractions (ties:
        /// the earlier part), sorted only when some are left, with a struct comparer; each part back in currency units.
        /// </summary>
        internal static void Split(ReadOnlySpan<decimal> unitShares, decimal totalUnits, decimal scale, Span<decimal> parts)
        {
            var count = unitShares.Length;
            var entries = new (decimal Fraction, int Index)[count];
            var assigned = 0m;
            for (var i = 0; i < count; i++)
            {
                var floor = decimal.Floor(unitShares[i]);
                parts[i] = floor;
                entries[i] = (unitShares[i] - floor, i);
                assigned += floor;
            }

            var left = (long)(totalUnits - assigned);
            if (left > 0)
            {
                entries.AsSpan().Sort(default(LargestFractionFirst));
                for (long k = 0; k < left; k++)
                {
                    parts[entries[k % count].Index] += 1m;
                }
            }

            for (var i = 0; i < count; i++)
            {
                parts[i] /= scale;
            }
        }

        /// <summary>Largest fraction first, then the earlier part: a total order, so any sort gives the same order.</summary>
        private readonly struct LargestFractionFirst : IComparer<(decimal Fraction, int Index)>
        {
            public int Compare((decimal Fraction, int Index) x, (decimal Fraction, int Index) y)
            {
                var byFraction = y.Fraction.CompareTo(x.Fraction);
                return byFraction != 0 ? byFraction : x.Index.CompareTo(y.Index);
            }
        }
    }

    private sealed class EndPolicy(bool last) : IRemainderPolicy
    {
        public void Distribute(in RemainderArguments arguments)
        {
            if (arguments.Parts.Length > 0)
            {
                RoundDownLeftoverTo(arguments, last ? arguments.Parts.Length - 1 : 0);
            }
        }

        public override string ToString() => last ? "LastPart" : "FirstPart";
    }

    private sealed class LastAbsorbsPolicy(IRoundingPolicy rounding) : IRemainderPolicy
    {
        public void Distribute(in RemainderArguments arguments)
        {
            var count = arguments.Parts.Length;
            if (count == 0)
            {
                return;
            }

            var sum = 0m;
            var valid = true;
            for (var i = 0; i < count - 1; i++)
            {
                var part = rounding.Round(arguments.Shares[i], arguments.Currency);
                valid &= part >= 0m && Arithmetic.IsWhole(part, arguments.Currency.MinorUnits);
                arguments.Parts[i] = part;
                sum += part;
            }

            arguments.Parts[count - 1] = arguments.Total - sum;
            if (!valid || arguments.Parts[count - 1] < 0m)
            {
                RoundDownLeftoverTo(arguments, count - 1);
            }
        }

        public override string ToString() => $"LastAbsorbs({rounding})";
    }
}
