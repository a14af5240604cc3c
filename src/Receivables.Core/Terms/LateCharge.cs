using Receivables.Internal;
namespace Receivables.Terms;

/// <summary>The result of a late-charge policy: interest, fixed compensation and how the interest was worked out.</summary>
/// <param name="Interest">The interest, rounded half away from zero to minor units.</param>
/// <param name="Compensation">The fixed compensation (zero when the policy has none or nothing is late).</param>
/// <param name="Periods">The stretches with one rate each, in date order; empty when nothing is late.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record LateCharge(Money Interest, Money Compensation, IReadOnlyList<LateChargePeriod> Periods)
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(LateCharge), PrintMembers);

    /// <summary>Gets the interest plus the compensation.</summary>
    public Money Total => Interest + Compensation;
}
