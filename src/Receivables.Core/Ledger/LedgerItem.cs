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

    // 72 bytes an item (112 before decision 027): the open amount without its currency (the document's), the settled
    // date as a day number, and what few items have (a moved due date, an installment, a dispute, a promise) in one
    // shared side record that replacements after an application keep.
    private readonly decimal _open;
    private readonly int _settledOn;
    private readonly Rare? _rare;

    // Default when the item's only further number is its document's reference: the array is made on the first read
    // (allocation policies read the open debits', which rarely have one; most payments' are never read), so a posted
    // payment keeps no array of its own. Filled at most once per item with equal arrays: a benign race.
    private ImmutableArray<string> _references;

    internal LedgerItem(Document document, Money open, DateOnly? settledOn, ItemDispute? dispute, PromiseToPay? promise, ImmutableArray<ItemSettlement> settlements, DateOnly? dueDate = null, int installment = 0, DocumentId? installmentOf = null, ImmutableArray<string> references = default)
        : this(document, open, settledOn, settlements, Rare.Of(document, dueDate, installment, installmentOf, dispute, promise), DefaultReferences(document, installmentOf, references))
    {
    }

    private LedgerItem(Document document, Money open, DateOnly? settledOn, ImmutableArray<ItemSettlement> settlements, Rare? rare, ImmutableArray<string> references)
    {
        Document = document;
        _references = references;
        _open = open.Amount;
        _settledOn = settledOn is { } settled ? settled.DayNumber + 1 : 0;
        _rare = rare;
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
    public DateOnly DueDate => _rare?.DueDate ?? Document.DueDate;

    /// <summary>Gets the due date the document (or installment) was posted with, <see cref="Ledger.Document.DueDate"/>,
    /// whatever was extended later; payment-behaviour figures (<see cref="PaymentRecord"/>) measure lateness from it.</summary>
    public DateOnly OriginalDueDate => Document.DueDate;

    /// <summary>Gets the installment number (1-based) when the item is one installment of a document or of a payment plan,
    /// otherwise 0.</summary>
    public int Installment => _rare?.Installment ?? 0;

    /// <summary>Gets the document or payment plan the item is an installment of (<c>INV-1</c> for <c>INV-1/2</c>), or
    /// <see langword="null"/>.</summary>
    public DocumentId? InstallmentOf => _rare?.InstallmentOf;

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
    public Money Open => new(_open, Document.Currency);

    /// <summary>Gets the amount applied so far (<see cref="Document.Amount"/> − <see cref="Open"/>).</summary>
    public Money Applied => Document.Amount - Open;

    /// <summary>Gets a value indicating whether anything is still open.</summary>
    public bool IsOpen => _open > 0m;

    /// <summary>Gets the date the open amount reached zero, or null while it is open.</summary>
    public DateOnly? SettledOn => _settledOn == 0 ? null : DateOnly.FromDayNumber(_settledOn - 1);

    /// <summary>Gets the open dispute, or null.</summary>
    public ItemDispute? Dispute => _rare?.Dispute;

    /// <summary>Gets a value indicating whether the item is disputed.</summary>
    public bool IsDisputed => _rare?.Dispute is not null;

    /// <summary>Gets the promise to pay that holds, or null. Cleared when the item is settled.</summary>
    public PromiseToPay? Promise => _rare?.Promise;

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
                || (_open == other._open
                    && _settledOn == other._settledOn
                    && Equals(_rare, other._rare)
                    && Document.Equals(other.Document)
                    && References.AsSpan().SequenceEqual(other.References.AsSpan())
                    && Settlements.AsSpan().SequenceEqual(other.Settlements.AsSpan())));

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Document, _open, _settledOn, _rare, Settlements.Length);

    internal LedgerItem With(Money? open = null, DateOnly? settledOn = null, bool clearSettled = false, ItemDispute? dispute = null, bool clearDispute = false, PromiseToPay? promise = null, bool clearPromise = false, ImmutableArray<ItemSettlement>? settlements = null, DateOnly? dueDate = null)
    {
        var rare = _rare;
        var keepsRare = dispute is null && (!clearDispute || rare?.Dispute is null) && promise is null && (!clearPromise || rare?.Promise is null) && (dueDate is null || dueDate == DueDate);
        if (!keepsRare)
        {
            rare = Rare.Of(
                Document,
                dueDate ?? DueDate,
                Installment,
                InstallmentOf,
                clearDispute ? null : dispute ?? Dispute,
                clearPromise ? null : promise ?? Promise);
        }

        return new(
            Document,
            open ?? Open,
            clearSettled ? null : settledOn ?? SettledOn,
            settlements ?? Settlements,
            rare,
            _references);
    }

    private static ImmutableArray<string> DefaultReferences(Document document, DocumentId? installmentOf, ImmutableArray<string> references)
    {
        if (!references.IsDefault)
        {
            return references;
        }

        // No builder and no copy: most items have no further number, the rest one or two. The document's reference alone
        // stays default: References makes its array when first read.
        var parent = installmentOf?.Value;
        var reference = document.Reference;
        return parent is null
            ? (reference is null ? [] : default)
            : reference is null || string.Equals(parent, reference, StringComparison.Ordinal)
                ? ImmutableArray.Create(parent)
                : ImmutableArray.Create(parent, reference);
    }

    /// <summary>What few items have, kept apart so the common item stays small; null when the item has none of it. A
    /// moved due date is kept only when it differs from the document's, so equal items have equal side records.</summary>
    private sealed record Rare(DateOnly? DueDate, int Installment, DocumentId? InstallmentOf, ItemDispute? Dispute, PromiseToPay? Promise)
    {
        public static Rare? Of(Document document, DateOnly? dueDate, int installment, DocumentId? installmentOf, ItemDispute? dispute, PromiseToPay? promise)
        {
            var moved = dueDate is { } due && due != document.DueDate ? dueDate : null;
            return moved is null && installment == 0 && installmentOf is null && dispute is null && promise is null
                ? null
                : new Rare(moved, installment, installmentOf, dispute, promise);
        }
    }
}
