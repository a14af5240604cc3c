using Receivables.Internal;
namespace Receivables.Reminders;

/// <summary>An item (or a whole customer, or a deferred communication) the plan did not remind, with the reason:
/// a dispute, a promise, a block, a minimum, a quiet day, the contact cap, or a level not yet due.</summary>
/// <remarks>Immutable and thread-safe. The planner writes the most common reasons (waiting, end of the ladder, dispute,
/// promise) the first time <see cref="Reason"/> is read, once: every thread sees the same reason (decision 501).
/// Two skips are equal when their items, reasons and retry dates are equal.</remarks>
public sealed record ReminderSkip
{
    private readonly ReasonCode? _code;
    private readonly object? _subject;
    private readonly string? _text;
    private readonly int _number;
    private readonly DateOnly _date;
    private Reason? _reason;

    /// <summary>Creates a skip.</summary>
    /// <param name="Item">The item, or <see langword="null"/> when the skip concerns the customer or a communication.</param>
    /// <param name="Reason">Why (a <see cref="ReminderReasonCodes"/> code).</param>
    /// <param name="RetryOn">The next date something may happen, or <see langword="null"/> when unknown or never.</param>
    public ReminderSkip(DocumentId? Item, Reason Reason, DateOnly? RetryOn)
    {
        this.Item = Item;
        _reason = Reason;
        this.RetryOn = RetryOn;
    }

    private ReminderSkip(DocumentId item, ReasonCode code, object subject, string? text, int number, DateOnly date, DateOnly? retryOn)
    {
        Item = item;
        RetryOn = retryOn;
        _code = code;
        _subject = subject;
        _text = text;
        _number = number;
        _date = date;
    }

    /// <summary>Gets the item, or <see langword="null"/> when the skip concerns the customer or a communication.</summary>
    public DocumentId? Item { get; init; }

    /// <summary>Gets why (a <see cref="ReminderReasonCodes"/> code).</summary>
    public Reason Reason
    {
        get => _reason ?? Write();
        init
        {
            _reason = value;
            _code = null;
            _subject = null;
            _text = null;
        }
    }

    /// <summary>Gets the next date something may happen, or <see langword="null"/> when unknown or never.</summary>
    public DateOnly? RetryOn { get; init; }

    /// <summary>Deconstructs the skip.</summary>
    /// <param name="Item">The item.</param>
    /// <param name="Reason">Why.</param>
    /// <param name="RetryOn">The retry date.</param>
    public void Deconstruct(out DocumentId? Item, out Reason Reason, out DateOnly? RetryOn)
    {
        Item = this.Item;
        Reason = this.Reason;
        RetryOn = this.RetryOn;
    }

    /// <summary>Returns whether another skip has the same item, reason and retry date.</summary>
    /// <param name="other">The other skip.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(ReminderSkip? other)
        => ReferenceEquals(this, other)
            || (other is not null && Item == other.Item && RetryOn == other.RetryOn && EqualityComparer<Reason>.Default.Equals(Reason, other.Reason));

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Item, Reason, RetryOn);

    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(ReminderSkip), PrintMembers);

    /// <summary>An item waiting for its next level (<see cref="ReminderReasonCodes.Waiting"/>), reason written on read.</summary>
    internal static ReminderSkip Waiting(DocumentId item, int level, DateOnly date, DateOnly? retryOn)
        => new(item, ReminderReasonCodes.Waiting, item.Value, null, level, date, retryOn);

    /// <summary>An item at the end of its ladder (<see cref="ReminderReasonCodes.LadderEnd"/>), reason written on read.</summary>
    internal static ReminderSkip LadderEnd(DocumentId item, string policy)
        => new(item, ReminderReasonCodes.LadderEnd, item.Value, policy, 0, default, null);

    /// <summary>A disputed item (<see cref="ReminderReasonCodes.Disputed"/>), reason written on read.</summary>
    internal static ReminderSkip Disputed(Ledger.OpenItem item)
        => new(item.Id, ReminderReasonCodes.Disputed, item, null, 0, default, null);

    /// <summary>An item held by a promise until a date (<see cref="ReminderReasonCodes.PromiseHeld"/>), reason written on read.</summary>
    internal static ReminderSkip PromiseHeld(Ledger.OpenItem item, DateOnly until, DateOnly retryOn)
        => new(item.Id, ReminderReasonCodes.PromiseHeld, item, null, 0, until, retryOn);

    private Reason Write()
    {
        if (_code is null)
        {
            return null!; // created with a null reason, as the positional record allowed
        }

        Reason written;
        if (ReferenceEquals(_code, ReminderReasonCodes.Waiting))
        {
            written = _code.With((string)_subject!, _number, _date);
        }
        else if (ReferenceEquals(_code, ReminderReasonCodes.LadderEnd))
        {
            written = _code.With((string)_subject!, _text!);
        }
        else if (ReferenceEquals(_code, ReminderReasonCodes.Disputed))
        {
            var item = (Ledger.OpenItem)_subject!;
            written = _code.With(item.Id.Value, item.Dispute!.OpenedOn, item.Dispute.Note);
        }
        else
        {
            var item = (Ledger.OpenItem)_subject!;
            written = _code.With(item.Id.Value, item.Promise!.PromisedDate, _date);
        }

        return Interlocked.CompareExchange(ref _reason, written, null) ?? written;
    }
}
