using Receivables.Internal;
using System.Collections.Immutable;

namespace Receivables.Ledger;

/// <summary>
/// One recorded change to a customer account. An account is the fold of its events in order; the events are kept
/// forever, so the account can be replayed (<see cref="CustomerAccount.Replay"/>) and audited.
/// </summary>
/// <remarks>The set of event types is closed (the constructor is internal). Events are immutable and thread-safe.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.LedgerEventJsonConverter<LedgerEvent>))]
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
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.LedgerEventJsonConverter<DocumentPosted>))]
public sealed record DocumentPosted : LedgerEvent
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(DocumentPosted), PrintMembers);

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
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.LedgerEventJsonConverter<CreditApplied>))]
public sealed record CreditApplied : LedgerEvent
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(CreditApplied), PrintMembers);

    /// <summary>Initializes a new event.</summary>
    /// <param name="applicationNumber">The application's number within the account, from 1 upwards.</param>
    /// <param name="credit">The credit document applied.</param>
    /// <param name="date">The application date.</param>
    /// <param name="allocations">The amounts applied per item; at least one. An <see cref="ImmutableArray{T}"/> (what the
    /// built-in <see cref="AllocationPolicies"/> return) is kept as it is; any other sequence is copied, so changing it
    /// afterwards does not change the event.</param>
    /// <exception cref="ArgumentNullException"><paramref name="allocations"/> is null.</exception>
    public CreditApplied(int applicationNumber, DocumentId credit, DateOnly date, IEnumerable<Allocation> allocations)
        : base(date)
    {
        ArgumentNullException.ThrowIfNull(allocations);
        ApplicationNumber = applicationNumber;
        Credit = credit;
        // An immutable array is kept as it is (the built-in policies hand one over): nobody can change it later.
        Allocations = allocations is ImmutableArray<Allocation> { IsDefault: false } immutable ? immutable : [.. allocations];
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
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.LedgerEventJsonConverter<ApplicationReversed>))]
public sealed record ApplicationReversed(int ApplicationNumber, DateOnly ReversedOn, string? Reason) : LedgerEvent(ReversedOn)
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(ApplicationReversed), PrintMembers);
}

/// <summary>The customer disputed an item (有争议); automatic allocation and collection skip it until it is resolved.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Item">The disputed item.</param>
/// <param name="OpenedOn">The date the dispute was raised.</param>
/// <param name="Note">What the customer disputes.</param>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.LedgerEventJsonConverter<DisputeOpened>))]
public sealed record DisputeOpened(DocumentId Item, DateOnly OpenedOn, string Note) : LedgerEvent(OpenedOn)
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(DisputeOpened), PrintMembers);
}

/// <summary>A dispute on an item was resolved.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Item">The item.</param>
/// <param name="ResolvedOn">The date the dispute was resolved.</param>
/// <param name="Note">An optional note on the outcome.</param>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.LedgerEventJsonConverter<DisputeResolved>))]
public sealed record DisputeResolved(DocumentId Item, DateOnly ResolvedOn, string? Note) : LedgerEvent(ResolvedOn)
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(DisputeResolved), PrintMembers);
}

/// <summary>The customer promised to pay an item (承诺付款) by a date.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Item">The item.</param>
/// <param name="RecordedOn">The date the promise was made.</param>
/// <param name="PromisedDate">The date by which the customer promised to pay.</param>
/// <param name="Amount">The amount promised.</param>
/// <param name="Note">An optional note (who promised, on which call).</param>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.LedgerEventJsonConverter<PromiseToPayRecorded>))]
public sealed record PromiseToPayRecorded(DocumentId Item, DateOnly RecordedOn, DateOnly PromisedDate, Money Amount, string? Note) : LedgerEvent(RecordedOn)
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(PromiseToPayRecorded), PrintMembers);
}

/// <summary>A promise to pay was withdrawn or found broken and no longer holds.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Item">The item.</param>
/// <param name="ClearedOn">The date.</param>
/// <param name="Note">An optional note, such as "broken".</param>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.LedgerEventJsonConverter<PromiseToPayCleared>))]
public sealed record PromiseToPayCleared(DocumentId Item, DateOnly ClearedOn, string? Note) : LedgerEvent(ClearedOn)
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(PromiseToPayCleared), PrintMembers);
}

/// <summary>
/// A host's or a module's own record kept in an account's history without changing its balances or items: a note, a
/// contact log, a reminder issued, a custom state. The fold keeps it and replays it; views on a date include it when
/// it is dated on or before the date.
/// </summary>
/// <remarks>
/// <para>Kinds are lower-case dotted words, module or host first (<c>reminders.issued</c>, <c>acme.call-log</c>), so
/// kinds of different owners never collide. The payload is text by key (ordinal, sorted), so it serialises as it is;
/// typed records (such as the reminder module's) convert to and from annotations.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.LedgerEventJsonConverter<LedgerAnnotation>))]
public sealed record LedgerAnnotation : LedgerEvent
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(LedgerAnnotation), PrintMembers);

    /// <summary>Creates an annotation.</summary>
    /// <param name="date">The date it is effective.</param>
    /// <param name="kind">The kind: lower-case dotted words, owner first, such as <c>reminders.issued</c>.</param>
    /// <param name="item">The document it concerns, or <see langword="null"/> for the whole account. When given, it must
    /// be posted in the account.</param>
    /// <param name="payload">Values by key; keys must not be blank, values must not be null. The default value is none.</param>
    /// <exception cref="ArgumentException">The kind is malformed, or a key is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> or a value is null.</exception>
    public LedgerAnnotation(DateOnly date, string kind, DocumentId? item = null, IEnumerable<KeyValuePair<string, string>>? payload = null)
        : base(date)
    {
        Internal.Guard.NotBlank(kind);
        if (!System.Text.RegularExpressions.Regex.IsMatch(kind, "^[a-z0-9]+(?:-[a-z0-9]+)*(?:\\.[a-z0-9]+(?:-[a-z0-9]+)*)+$", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)))
        {
            throw new ArgumentException($"The annotation kind '{kind}' must be lower-case dotted words, owner first, such as 'reminders.issued'.", nameof(kind));
        }

        var values = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in payload ?? [])
        {
            if (string.IsNullOrWhiteSpace(key))
            {
                throw new ArgumentException("A payload key must not be blank.", nameof(payload));
            }

            values[key] = value ?? throw new ArgumentNullException(nameof(payload), $"The payload value of '{key}' is null.");
        }

        Kind = kind;
        Item = item is { IsDefault: true } ? null : item;
        Payload = values.ToImmutable();
    }

    /// <summary>Gets the kind, such as <c>reminders.issued</c>.</summary>
    public string Kind { get; }

    /// <summary>Gets the document it concerns, or <see langword="null"/> for the whole account.</summary>
    public DocumentId? Item { get; }

    /// <summary>Gets the values by key (ordinal order).</summary>
    public ImmutableSortedDictionary<string, string> Payload { get; }

    /// <inheritdoc/>
    public bool Equals(LedgerAnnotation? other)
        => other is not null && Date == other.Date && string.Equals(Kind, other.Kind, StringComparison.Ordinal) && Item == other.Item
            && Payload.Count == other.Payload.Count && Payload.All(p => other.Payload.TryGetValue(p.Key, out var v) && string.Equals(v, p.Value, StringComparison.Ordinal));

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Date, Kind, Item, Payload.Count);
}
