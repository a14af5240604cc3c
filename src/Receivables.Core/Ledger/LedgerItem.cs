using Receivables.Internal;
using System.Collections.Immutable;

namespace Receivables.Ledger;

/// <summary>
/// The current state of one document in a customer account: what is still open, when it was settled, and whether it
/// is disputed or promised. For a debit the open amount is what the customer still owes; for a credit it is what is
/// not yet applied (unapplied cash, 预收/未核销).
/// </summary>
/// <remarks>Snapshots are immutable and thread-safe. An account keeps its items as rows and makes a new snapshot each
/// time one is read (<see cref="CustomerAccount.Items"/>, <see cref="CustomerAccount.GetItem"/>, …): two reads of the
/// same item give equal objects, not the same object. Compare items by value.</remarks>
public sealed record LedgerItem
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(LedgerItem), PrintMembers);

    // The item as its account keeps it (decision 032): the snapshot is the row, with its settlements read out.
    private readonly ItemRow _row;

    // Default when the item's only further number is its document's reference: the array is made on the first read.
    // Filled at most once per item with equal arrays: a benign race.
    private ImmutableArray<string> _references;

    /// <summary>A snapshot of <paramref name="row"/>, with its settlements read out of the account's chain.</summary>
    internal LedgerItem(in ItemRow row, ImmutableArray<ItemSettlement> settlements)
    {
        _row = row;
        _references = row.StoredReferences;
        Settlements = settlements;
    }

    /// <summary>Gets the document.</summary>
    public Document Document => _row.Document;

    /// <summary>Gets the document id.</summary>
    public DocumentId Id => Document.Id;

    /// <summary>
    /// Gets the due date as it stands: <see cref="OriginalDueDate"/> moved by due-date extensions
    /// (<see cref="DueDateExtended"/>) and by the acceleration of a cancelled payment plan. Aging, reminders, matching and
    /// oldest-due-first allocation use it.
    /// </summary>
    public DateOnly DueDate => _row.DueDate;

    /// <summary>Gets the due date the document (or installment) was posted with, <see cref="Ledger.Document.DueDate"/>,
    /// whatever was extended later; payment-behaviour figures (<see cref="PaymentRecord"/>) measure lateness from it.</summary>
    public DateOnly OriginalDueDate => Document.DueDate;

    /// <summary>Gets the installment number (1-based) when the item is one installment of a document or of a payment plan,
    /// otherwise 0.</summary>
    public int Installment => _row.Installment;

    /// <summary>Gets the document or payment plan the item is an installment of (<c>INV-1</c> for <c>INV-1/2</c>), or
    /// <see langword="null"/>.</summary>
    public DocumentId? InstallmentOf => _row.InstallmentOf;

    /// <summary>
    /// Gets the numbers a payer may quote for this item besides its id, in order: for an installment the document (or
    /// payment plan) it belongs to; for a plan's installment also the items the plan restructured; then the
    /// document's <see cref="Ledger.Document.Reference"/>. <see cref="OpenItem.References"/> and
    /// <see cref="AllocationPolicies.ByReference"/> read them, so "INV-1" in a remittance reaches <c>INV-1/2</c>.
    /// </summary>
    public ImmutableArray<string> References
    {
        get
        {
            var references = _references;
            if (references.IsDefault)
            {
                _references = references = ImmutableArray.Create(Document.Reference!);
            }

            return references;
        }
    }

    /// <summary>Gets the amount still open: 0 to <see cref="Document.Amount"/>, always positive or zero.</summary>
    public Money Open => _row.Open;

    /// <summary>Gets the amount applied so far (<see cref="Document.Amount"/> − <see cref="Open"/>).</summary>
    public Money Applied => Document.Amount - Open;

    /// <summary>Gets a value indicating whether anything is still open.</summary>
    public bool IsOpen => _row.IsOpen;

    /// <summary>Gets the date the open amount reached zero, or null while it is open.</summary>
    public DateOnly? SettledOn => _row.SettledOn;

    /// <summary>Gets the open dispute, or null.</summary>
    public ItemDispute? Dispute => _row.Dispute;

    /// <summary>Gets a value indicating whether the item is disputed.</summary>
    public bool IsDisputed => _row.IsDisputed;

    /// <summary>Gets the promise to pay that holds, or null. Cleared when the item is settled.</summary>
    public PromiseToPay? Promise => _row.Promise;

    /// <summary>
    /// Gets the applications that touched this item and are not reversed, in order of recording (a payment plan's
    /// settlement has application number 0). One immutable array, empty (never default) when nothing touched the item.
    /// </summary>
    public ImmutableArray<ItemSettlement> Settlements { get; }

    /// <summary>
    /// Compares two items by value: the same document, open amount, settled date, due date, installment, dispute,
    /// promise, and the same references and settlements in the same order (compared entry by entry, as
    /// <see cref="Ledger.Document"/> compares its tags and installments, not by array identity).
    /// </summary>
    /// <param name="other">The item to compare with.</param>
    /// <returns>Whether both describe the same state of the same document.</returns>
    public bool Equals(LedgerItem? other)
        => other is not null
            && (ReferenceEquals(this, other)
                || (_row.HasSameState(other._row)
                    && References.AsSpan().SequenceEqual(other.References.AsSpan())
                    && Settlements.AsSpan().SequenceEqual(other.Settlements.AsSpan())));

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_row.StateHash(), Settlements.Length);
}
