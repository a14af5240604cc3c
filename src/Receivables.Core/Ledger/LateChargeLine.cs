using Receivables.Internal;

namespace Receivables.Ledger;

/// <summary>One explained outcome of a late-charge run for one item: a charge (interest for a stretch of overdue days,
/// or the policy's fixed sum), or a stretch of overdue days not charged and why.</summary>
/// <param name="Customer">The customer.</param>
/// <param name="Item">The overdue (or paid-late) item.</param>
/// <param name="First">The first overdue day of the stretch (for a fixed sum: the first day after the due date).</param>
/// <param name="Last">The last overdue day of the stretch, inclusive (for a fixed sum: as <paramref name="First"/>).</param>
/// <param name="Amount">The amount charged, in the item's currency, in whole minor units; zero when not charged.</param>
/// <param name="Charge">The charge document (a <see cref="DocumentKind.DebitNote"/>), or null when nothing is charged.</param>
/// <param name="Reason">Why: one of <see cref="LedgerReasonCodes"/>.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record LateChargeLine(CustomerId Customer, DocumentId Item, DateOnly First, DateOnly Last, Money Amount, Document? Charge, Reason Reason)
{
    /// <inheritdoc/>
    public override string ToString() => InvariantText.Record(nameof(LateChargeLine), PrintMembers);

    /// <summary>Whether the line charges something (it has a <see cref="Charge"/> document).</summary>
    public bool IsCharged => Charge is not null;

    /// <summary>The number of days of the stretch, <see cref="First"/> to <see cref="Last"/> inclusive.</summary>
    public int Days => Last.DayNumber - First.DayNumber + 1;
}
