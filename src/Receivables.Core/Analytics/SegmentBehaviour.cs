using Receivables.Internal;
using Receivables.Ledger;

namespace Receivables.Analytics;

/// <summary>
/// How one group of customers (a segment, business type, region, salesperson or term) pays in one currency: the
/// figures of <see cref="PaymentBehaviour"/> over all the group's payment records, plus the share of records paid late
/// and the PAYDEX-style payment index of the group.
/// </summary>
/// <remarks>
/// <para>Made by <see cref="PaymentBehaviourAccumulator.ToBehaviours"/>; the figures are those
/// <see cref="PaymentBehaviour.Compute"/> gives for the same records, so a group of one customer reads as that
/// customer's behaviour.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
/// <param name="Key">The group, such as <c>华东</c> or <c>net 30</c>.</param>
/// <param name="Behaviour">The amount-weighted figures: records, amount paid, average days to pay, average days
/// beyond terms (negative = early) and the share of the amount paid late.</param>
/// <param name="LateCount">The number of records paid after their due date.</param>
/// <param name="PaymentIndex">The payment index, 0 to 100 (higher pays better): the credit module's PAYDEX curve
/// (<see cref="Credit.Scoring.Paydex.Index"/>, days-then-key weighting) at the group's amount-weighted days beyond
/// terms.</param>
public sealed record SegmentBehaviour(string Key, PaymentBehaviour Behaviour, int LateCount, double PaymentIndex)
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(SegmentBehaviour), PrintMembers);

    /// <summary>Gets the currency.</summary>
    public Currency Currency => Behaviour.Currency;

    /// <summary>Gets the share (0 to 1) of the records, by count, paid after their due date.</summary>
    public decimal LateCountShare => Behaviour.RecordCount == 0 ? 0m : (decimal)LateCount / Behaviour.RecordCount;
}
