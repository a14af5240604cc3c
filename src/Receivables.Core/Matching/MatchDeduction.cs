using Receivables.Internal;
namespace Receivables.Matching;

/// <summary>A named shortfall on one item (see <see cref="DeductionPolicy"/>): what it is, how much, and what happens
/// to it.</summary>
/// <param name="Kind">What the shortfall is.</param>
/// <param name="Amount">The shortfall on the item, positive, in the line's currency.</param>
/// <param name="Treatment">What happens to it: left open (the item keeps it open), written off (it is also the
/// allocation's <see cref="MatchAllocation.WriteOff"/>), or disputed (posted as
/// <see cref="Ledger.ReceiptLine.Deduction"/> with <see cref="Reason"/> as its reason code).</param>
/// <param name="Reason">Why (a <see cref="MatchingReasonCodes.Deduction"/> reason).</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record MatchDeduction(DeductionKind Kind, Money Amount, DeductionTreatment Treatment, Reason Reason)
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(MatchDeduction), PrintMembers);
}
