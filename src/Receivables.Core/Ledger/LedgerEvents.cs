using System.Collections.Immutable;

namespace Receivables.Ledger;

/// <summary>
/// One recorded change to a customer account. An account is the fold of its events in order; the events are kept
/// forever, so the account can be replayed (<see cref="CustomerAccount.Replay"/>) and audited.
/// </summary>
/// <remarks>The set of event types is closed (the constructor is internal). Events are immutable and thread-safe.</remarks>
public abstract record LedgerEvent
{
    private protected LedgerEvent(DateOnly date)
    {
        Date = date;
    }

    /// <summary>Gets the business date of the change.</summary>
    public DateOnly Date { get; }
}

/// <summary>A document was posted to the account.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record DocumentPosted : LedgerEvent
{
    /// <summary>Initializes a new event; its date is the document date.</summary>
    /// <param name="document">The document.</param>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public DocumentPosted(Document document)
        : base(document?.DocumentDate ?? throw new ArgumentNullException(nameof(document)))
    {
        Document = document;
    }

    /// <summary>Gets the document.</summary>
    public Document Document { get; }
}

/// <summary>A credit (payment, credit note, credit adjustment, write-off) was applied to one or more open items.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record CreditApplied : LedgerEvent
{
    /// <summary>Initializes a new event.</summary>
    /// <param name="applicationNumber">The application's number within the account, from 1 upwards.</param>
    /// <param name="credit">The credit document applied.</param>
    /// <param name="date">The application date.</param>
    /// <param name="allocations">The amounts applied per item; at least one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="allocations"/> is null.</exception>
    public CreditApplied(int applicationNumber, DocumentId credit, DateOnly date, IEnumerable<Allocation> allocations)
        : base(date)
    {
        ArgumentNullException.ThrowIfNull(allocations);
        ApplicationNumber = applicationNumber;
        Credit = credit;
        Allocations = [.. allocations];
    }

    /// <summary>Gets the application's number within the account (1, 2, …); <see cref="CustomerAccount.Reverse"/> takes it.</summary>
    public int ApplicationNumber { get; }

    /// <summary>Gets the credit document that was applied.</summary>
    public DocumentId Credit { get; }

    /// <summary>Gets the amounts applied, per item.</summary>
    public ImmutableArray<Allocation> Allocations { get; }

    /// <inheritdoc/>
    public bool Equals(CreditApplied? other)
        => other is not null && Date == other.Date && ApplicationNumber == other.ApplicationNumber
            && Credit == other.Credit && Allocations.SequenceEqual(other.Allocations);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Date, ApplicationNumber, Credit, Allocations.Length);
}

/// <summary>An earlier application was reversed: its amounts are open again on the items and on the credit.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="ApplicationNumber">The application reversed.</param>
/// <param name="ReversedOn">The reversal date.</param>
/// <param name="Reason">An optional reason.</param>
public sealed record ApplicationReversed(int ApplicationNumber, DateOnly ReversedOn, string? Reason) : LedgerEvent(ReversedOn);

/// <summary>The customer disputed an item (有争议); automatic allocation and collection skip it until it is resolved.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Item">The disputed item.</param>
/// <param name="OpenedOn">The date the dispute was raised.</param>
/// <param name="Note">What the customer disputes.</param>
public sealed record DisputeOpened(DocumentId Item, DateOnly OpenedOn, string Note) : LedgerEvent(OpenedOn);

/// <summary>A dispute on an item was resolved.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Item">The item.</param>
/// <param name="ResolvedOn">The date the dispute was resolved.</param>
/// <param name="Note">An optional note on the outcome.</param>
public sealed record DisputeResolved(DocumentId Item, DateOnly ResolvedOn, string? Note) : LedgerEvent(ResolvedOn);

/// <summary>The customer promised to pay an item (承诺付款) by a date.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Item">The item.</param>
/// <param name="RecordedOn">The date the promise was made.</param>
/// <param name="PromisedDate">The date by which the customer promised to pay.</param>
/// <param name="Amount">The amount promised.</param>
/// <param name="Note">An optional note (who promised, on which call).</param>
public sealed record PromiseToPayRecorded(DocumentId Item, DateOnly RecordedOn, DateOnly PromisedDate, Money Amount, string? Note) : LedgerEvent(RecordedOn);

/// <summary>A promise to pay was withdrawn or found broken and no longer holds.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Item">The item.</param>
/// <param name="ClearedOn">The date.</param>
/// <param name="Note">An optional note, such as "broken".</param>
public sealed record PromiseToPayCleared(DocumentId Item, DateOnly ClearedOn, string? Note) : LedgerEvent(ClearedOn);
