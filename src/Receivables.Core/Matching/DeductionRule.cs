using Receivables.Internal;

namespace Receivables.Matching;

/// <summary>How one <see cref="DeductionKind"/> is recognised and treated: up to which shortfall it applies (the lower
/// of an absolute limit and a share of the amount due), what happens to it, and whether a line with it may be applied
/// automatically or is flagged for review.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record DeductionRule
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(DeductionRule), PrintMembers);

    /// <summary>Creates a rule.</summary>
    /// <param name="treatment">What happens to the deduction.</param>
    /// <param name="maxAmount">The largest shortfall, in major units of the line's currency; zero turns the kind off.</param>
    /// <param name="maxPercent">The largest shortfall as a share of the amount due (0.05 = 5 %), from 0 to 1.</param>
    /// <param name="autoApply">Whether a line with this deduction may be applied automatically; false flags it (at most
    /// suggested).</param>
    /// <exception cref="ArgumentOutOfRangeException">A limit is negative, <paramref name="maxPercent"/> is above 1, or
    /// <paramref name="treatment"/> is not defined.</exception>
    public DeductionRule(DeductionTreatment treatment, decimal maxAmount, decimal maxPercent, bool autoApply = true)
    {
        Treatment = Guard.Defined(treatment);
        MaxAmount = Guard.NotNegative(maxAmount);
        MaxPercent = maxPercent is >= 0m and <= 1m ? maxPercent : throw Guard.OutOfRange(nameof(maxPercent), maxPercent, "maxPercent must be from 0 to 1.");
        AutoApply = autoApply;
    }

    /// <summary>Gets what happens to the deduction.</summary>
    public DeductionTreatment Treatment { get; }

    /// <summary>Gets the largest shortfall in major units.</summary>
    public decimal MaxAmount { get; }

    /// <summary>Gets the largest shortfall as a share of the amount due.</summary>
    public decimal MaxPercent { get; }

    /// <summary>Gets whether a line with this deduction may be applied automatically.</summary>
    public bool AutoApply { get; }

    /// <summary>Whether a shortfall is within both limits of this rule for an amount due.</summary>
    internal bool Covers(decimal shortBy, Money due)
        => shortBy > 0m && shortBy <= MaxAmount && shortBy <= decimal.Round(due.Amount * MaxPercent, due.Currency.MinorUnits, MidpointRounding.ToZero);
}
