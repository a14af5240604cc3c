using Receivables.Internal;
using System.Collections.Immutable;

namespace Receivables.Ledger;

/// <summary>
/// The current state of one document in a customer account: what is still open, when it was settled, and whether it
/// is disputed or promised. For a debit the open amount is what the customer still owes; for a credit it is what is
/// not yet applied (unapplied cash, 预收/未核销).
/// </summary>
/// <remarks>Snapshots are immutable and thread-safe; the account hands out new ones after each change.</remarks>
public sealed record LedgerItem
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(LedgerItem), PrintMembers);

    internal LedgerItem(Document document, Money open, DateOnly? settledOn, ItemDispute? dispute, PromiseToPay? promise, ImmutableArray<ItemSettlement> settlements, DateOnly? dueDate = null, int installment = 0, DocumentId? installmentOf = null, ImmutableArray<string> references = default)
    {
        Document = document;
        if (references.IsDefault)
        {
            // No builder and no copy: most items have no further number, the rest one or two.
            var parent = installmentOf?.Value;
            var reference = document.Reference;
            references = parent is null
                ? (reference is null ? [] : ImmutableArray.Create(reference))
                : reference is null || string.Equals(parent, reference, StringComparison.Ordinal)
                    ? ImmutableArray.Create(parent)
                    : ImmutableArray.Create(parent, reference);
        }

        References = references;
        DueDate = dueDate ?? document.DueDate;
        Installment = installment;
        InstallmentOf = installmentOf;
        Open = open;
        SettledOn = settledOn;
        Dispute = dispute;
        Promise = promise;
        Settlements = settlements;
    }

    /// <summary>Gets the document.</summary>
    public Document Document { get; }

    /// <summary>Gets the document id.</summary>
    public DocumentId Id => Document.Id;

    /// <summary>
    /// Gets the due date as it stands: <see cref="OriginalDueDate"/> moved by due-date extensions
    /// (<see cref="DueDateExtended"/>) and by the acceleration of a cancelled payment plan. Aging, reminders, matching and
    /// oldest-due-first allocation use it.
    /// </summary>
    public DateOnly DueDate { get; }

    /// <summary>Gets the due date the document (or installment) was posted with, <see cref="Ledger.Document.DueDate"/>,
    /// whatever was extended later; payment-behaviour figures (<see cref="PaymentRecord"/>) measure lateness from it.</summary>
    public DateOnly OriginalDueDate => Document.DueDate;

    /// <summary>Gets the installment number (1-based) when the item is one installment of a document or of a payment plan,
    /// otherwise 0.</summary>
    public int Installment { get; }

    /// <summary>Gets the document or payment plan the item is an installment of (<c>INV-1</c> for <c>INV-1/2</c>), or
    /// <see langword="null"/>.</summary>
    public DocumentId? InstallmentOf { get; }

    /// <summary>
    /// Gets the numbers a payer may quote for this item besides its id, in order: for an installment the document (or
    /// payment plan) it belongs to; for a plan's installment also the items the plan restructured; then the
    /// document's <see cref="Ledger.Document.Reference"/>. <see cref="OpenItem.References"/> and
    /// <see cref="AllocationPolicies.ByReference"/> read them, so "INV-1" in a remittance reaches <c>INV-1/2</c>.
    /// </summary>
    public ImmutableArray<string> References { get; }

    /// <summary>Gets the amount still open: 0 to <see cref="Document.Amount"/>, always positive or zero.</summary>
    public Money Open { get; }

    /// <summary>Gets the amount applied so far (<see cref="Document.Amount"/> − <see cref="Open"/>).</summary>
    public Money Applied => Document.Amount - Open;

    /// <summary>Gets a value indicating whether anything is still open.</summary>
    public bool IsOpen => Open.IsPositive;

    /// <summary>Gets the date the open amount reached zero, or null while it is open.</summary>
    public DateOnly? SettledOn { get; }

    /// <summary>Gets the open dispute, or null.</summary>
    public ItemDispute? Dispute { get; }

    /// <summary>Gets a value indicating whether the item is disputed.</summary>
    public bool IsDisputed => Dispute is not null;

    /// <summary>Gets the promise to pay that holds, or null. Cleared when the item is settled.</summary>
    public PromiseToPay? Promise { get; }

    /// <summary>
    /// Gets the applications that touched this item and are not reversed, in order of recording (a payment plan's
    /// settlement has application number 0). One immutable array, empty (never default) when nothing touched the item.
    /// </summary>
    public ImmutableArray<ItemSettlement> Settlements { get; }

    internal LedgerItem With(Money? open = null, DateOnly? settledOn = null, bool clearSettled = false, ItemDispute? dispute = null, bool clearDispute = false, PromiseToPay? promise = null, bool clearPromise = false, ImmutableArray<ItemSettlement>? settlements = null, DateOnly? dueDate = null)
        => new(
            Document,
            open ?? Open,
            clearSettled ? null : settledOn ?? SettledOn,
            clearDispute ? null : dispute ?? Dispute,
            clearPromise ? null : promise ?? Promise,
            settlements ?? Settlements,
            dueDate ?? DueDate,
            Installment,
            InstallmentOf,
            References);
}
