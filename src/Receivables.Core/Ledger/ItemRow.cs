using System.Collections.Immutable;

namespace Receivables.Ledger;

/// <summary>
/// An item as an account keeps it (decision 032): a 48-byte struct in the account's item list instead of an object,
/// with its settlements in the account's settlement list (a chain from <see cref="LastSettlement"/> back), so that
/// building a ledger leaves no object per item or settlement for the collector to move. A <see cref="LedgerItem"/> is
/// made from it when an item is read.
/// </summary>
internal readonly struct ItemRow
{
    private readonly decimal _open;
    private readonly int _settledOn;
    private readonly int _lastSettlement;
    private readonly Rare? _rare;
    private readonly ImmutableArray<string> _references;

    /// <summary>A new item, open for its whole amount and with no settlements.</summary>
    public ItemRow(Document document, int installment = 0, DocumentId? installmentOf = null, ImmutableArray<string> references = default)
        : this(document, document.Amount.Amount, 0, 0, Rare.Of(document, null, installment, installmentOf, null, null), DefaultReferences(document, installmentOf, references))
    {
    }

    private ItemRow(Document document, decimal open, int settledOn, int lastSettlement, Rare? rare, ImmutableArray<string> references)
    {
        Document = document;
        _open = open;
        _settledOn = settledOn;
        _lastSettlement = lastSettlement;
        _rare = rare;
        _references = references;
    }

    public Document Document { get; }

    public DocumentId Id => Document.Id;

    public DateOnly DueDate => _rare?.DueDate ?? Document.DueDate;

    public Money Open => new(_open, Document.Currency);

    public bool IsOpen => _open > 0m;

    public DateOnly? SettledOn => _settledOn == 0 ? null : DateOnly.FromDayNumber(_settledOn - 1);

    public int Installment => _rare?.Installment ?? 0;

    public DocumentId? InstallmentOf => _rare?.InstallmentOf;

    public ItemDispute? Dispute => _rare?.Dispute;

    public bool IsDisputed => _rare?.Dispute is not null;

    public PromiseToPay? Promise => _rare?.Promise;

    /// <summary>Gets the further numbers as stored: default when they are only the document's reference.</summary>
    public ImmutableArray<string> StoredReferences => _references;

    /// <summary>Gets how many further numbers the item has (<see cref="LedgerItem.References"/>), without making the array.</summary>
    public int ReferenceCount => _references.IsDefault ? 1 : _references.Length;

    /// <summary>Gets further number <paramref name="k"/> (<see cref="LedgerItem.References"/>).</summary>
    public string Reference(int k) => _references.IsDefault ? (k == 0 ? Document.Reference! : throw new ArgumentOutOfRangeException(nameof(k))) : _references[k];

    /// <summary>Gets where the item's last settlement is in the account's settlement list, + 1 (0: none).</summary>
    public int LastSettlement => _lastSettlement;

    /// <summary>The row with some members replaced (the rest kept); the side record is shared when it does not change.</summary>
    public ItemRow With(Money? open = null, DateOnly? settledOn = null, bool clearSettled = false, ItemDispute? dispute = null, bool clearDispute = false, PromiseToPay? promise = null, bool clearPromise = false, int? lastSettlement = null, DateOnly? dueDate = null)
    {
        var rare = _rare;
        var keepsRare = dispute is null && (!clearDispute || rare?.Dispute is null) && promise is null && (!clearPromise || rare?.Promise is null) && (dueDate is null || dueDate == DueDate);
        if (!keepsRare)
        {
            rare = Rare.Of(
                Document,
                dueDate ?? DueDate,
                rare?.Installment ?? 0,
                rare?.InstallmentOf,
                clearDispute ? null : dispute ?? Dispute,
                clearPromise ? null : promise ?? Promise);
        }

        var settled = clearSettled ? 0 : settledOn is { } on ? on.DayNumber + 1 : _settledOn;
        return new(Document, open?.Amount ?? _open, settled, lastSettlement ?? _lastSettlement, rare, _references);
    }

    /// <summary>The row after a settlement on <paramref name="date"/> left <paramref name="open"/> open and made
    /// <paramref name="lastSettlement"/> its last: settled on that date when nothing is left, its promise (which holds
    /// only while something is open) then cleared. What an application and a payment plan do to each item they touch,
    /// without <see cref="With"/>'s general case.</summary>
    public ItemRow Settled(Money open, DateOnly date, int lastSettlement)
    {
        if (open.IsPositive)
        {
            return new(Document, open.Amount, _settledOn, lastSettlement, _rare, _references);
        }

        // A promise on an item being settled is rare: the general step clears it.
        return _rare?.Promise is null
            ? new(Document, open.Amount, date.DayNumber + 1, lastSettlement, _rare, _references)
            : With(open: open, settledOn: date, clearPromise: true, lastSettlement: lastSettlement);
    }

    /// <summary>The snapshot of this row with <paramref name="settlements"/> (read from the account's chain).</summary>
    public LedgerItem ToItem(ImmutableArray<ItemSettlement> settlements) => new(this, settlements);

    /// <summary>Whether both rows describe the same state of the same document (open amount, settled date, side record
    /// and document; not the further numbers or settlements, which a snapshot compares entry by entry).</summary>
    public bool HasSameState(in ItemRow other)
        => _open == other._open && _settledOn == other._settledOn && Equals(_rare, other._rare) && Document.Equals(other.Document);

    /// <summary>A hash of what <see cref="HasSameState"/> compares.</summary>
    public int StateHash() => HashCode.Combine(Document, _open, _settledOn, _rare);

    /// <summary>Orders debits oldest due first: due date, then document date, then id (ordinal).</summary>
    public static int CompareOldestDueFirst(in ItemRow x, in ItemRow y)
    {
        var c = x.DueDate.CompareTo(y.DueDate);
        if (c != 0)
        {
            return c;
        }

        c = x.Document.DocumentDate.CompareTo(y.Document.DocumentDate);
        return c != 0 ? c : x.Id.CompareTo(y.Id);
    }

    /// <summary>The further numbers an item keeps: default when they are only the document's reference (made when first
    /// read), else the installment's parent and the reference, or what the caller gives.</summary>
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
    internal sealed record Rare(DateOnly? DueDate, int Installment, DocumentId? InstallmentOf, ItemDispute? Dispute, PromiseToPay? Promise)
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
