namespace Receivables;

/// <summary>The built-in remainder policies for splitting money.</summary>
/// <remarks>All policies are immutable and thread-safe.</remarks>
public static class RemainderPolicies
{
    /// <summary>
    /// Gets the largest-remainder (Hamilton) rule, the default: each leftover minor unit goes to the part that lost
    /// the largest fraction by rounding down; ties go to the earlier part. No part differs from its exact share by a
    /// full minor unit or more.
    /// </summary>
    public static IRemainderPolicy LargestRemainder { get; } = new LargestRemainderPolicy();

    /// <summary>Gets the rule that gives every leftover minor unit to the last part (Odoo's installment rule).</summary>
    public static IRemainderPolicy LastPart { get; } = new EndPolicy(last: true);

    /// <summary>Gets the rule that gives every leftover minor unit to the first part.</summary>
    public static IRemainderPolicy FirstPart { get; } = new EndPolicy(last: false);

    /// <summary>Gets the policy used when none is given: <see cref="LargestRemainder"/>.</summary>
    public static IRemainderPolicy Default => LargestRemainder;

    private sealed class LargestRemainderPolicy : IRemainderPolicy
    {
        public void Distribute(ReadOnlySpan<decimal> fractions, Span<int> extraUnits, int remainderUnits)
        {
            var count = fractions.Length;
            var order = new int[count];
            for (var i = 0; i < count; i++)
            {
                order[i] = i;
            }

            var keys = fractions.ToArray();
            Array.Sort(order, (a, b) =>
            {
                var byFraction = keys[b].CompareTo(keys[a]);
                return byFraction != 0 ? byFraction : a.CompareTo(b);
            });

            for (var k = 0; k < remainderUnits; k++)
            {
                extraUnits[order[k % count]]++;
            }
        }

        public override string ToString() => "LargestRemainder";
    }

    private sealed class EndPolicy(bool last) : IRemainderPolicy
    {
        public void Distribute(ReadOnlySpan<decimal> fractions, Span<int> extraUnits, int remainderUnits)
        {
            if (remainderUnits > 0)
            {
                extraUnits[last ? extraUnits.Length - 1 : 0] += remainderUnits;
            }
        }

        public override string ToString() => last ? "LastPart" : "FirstPart";
    }
}
