using System.Collections.Immutable;
using System.Globalization;
using Receivables.Internal;
using Receivables.Ledger;

namespace Receivables.Reminders;

/// <summary>
/// A contact with a customer and its outcome (沟通记录): kept in the ledger history as a <see cref="LedgerAnnotation"/>
/// of kind <c>reminders.contact</c>. <see cref="ReminderRecorder.Record(ReceivablesLedger, ReminderContact)"/> also
/// records a promise to pay or a dispute on the items, which the planner then holds.
/// </summary>
/// <remarks>Immutable and thread-safe. Equal when all values are equal (lists element by element).</remarks>
public sealed class ReminderContact : IEquatable<ReminderContact>
{
    /// <summary>The annotation kind.</summary>
    public const string Kind = "reminders.contact";

    /// <summary>Creates the record.</summary>
    /// <param name="date">The date of the contact.</param>
    /// <param name="customer">The customer.</param>
    /// <param name="outcome">The outcome.</param>
    /// <param name="items">The items discussed (may be empty for the whole account).</param>
    /// <param name="channel">The channel, or <see langword="null"/>.</param>
    /// <param name="promisedDate">The promised payment date; required when the outcome is
    /// <see cref="ContactOutcome.Promised"/>, not before <paramref name="date"/>, otherwise null.</param>
    /// <param name="note">A note, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">The customer or an item is default, or the promised date is missing or
    /// given where it does not belong.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An enum value is undefined, or the promised date is before the
    /// contact.</exception>
    public ReminderContact(DateOnly date, CustomerId customer, ContactOutcome outcome, IEnumerable<DocumentId>? items = null, ReminderChannel? channel = null, DateOnly? promisedDate = null, string? note = null)
    {
        if (customer.IsDefault)
        {
            throw new ArgumentException("The customer id is required.", nameof(customer));
        }

        Guard.Defined(outcome);
        if (channel is { } c)
        {
            Guard.Defined(c, nameof(channel));
        }

        if ((outcome == ContactOutcome.Promised) != promisedDate.HasValue)
        {
            throw new ArgumentException("A promised date is required exactly when the outcome is Promised.", nameof(promisedDate));
        }

        if (promisedDate < date)
        {
            throw Guard.OutOfRange(nameof(promisedDate), promisedDate, "The promised date is before the contact.");
        }

        Items = items is null ? [] : [.. items];
        if (Items.Any(i => i.IsDefault))
        {
            throw new ArgumentException("An item id is default.", nameof(items));
        }

        Date = date;
        Customer = customer;
        Outcome = outcome;
        Channel = channel;
        PromisedDate = promisedDate;
        Note = string.IsNullOrEmpty(note) ? null : note;
    }

    /// <summary>Gets the date of the contact.</summary>
    public DateOnly Date { get; }

    /// <summary>Gets the customer.</summary>
    public CustomerId Customer { get; }

    /// <summary>Gets the outcome.</summary>
    public ContactOutcome Outcome { get; }

    /// <summary>Gets the items discussed (may be empty).</summary>
    public ImmutableArray<DocumentId> Items { get; }

    /// <summary>Gets the channel, or <see langword="null"/>.</summary>
    public ReminderChannel? Channel { get; }

    /// <summary>Gets the promised payment date, or <see langword="null"/>.</summary>
    public DateOnly? PromisedDate { get; }

    /// <summary>Gets the note, or <see langword="null"/>.</summary>
    public string? Note { get; }

    /// <summary>Converts the record to a ledger annotation of kind <c>reminders.contact</c>.</summary>
    /// <returns>The annotation.</returns>
    public LedgerAnnotation ToAnnotation()
    {
        var payload = new List<KeyValuePair<string, string>>
        {
            new("customer", Customer.Value),
            new("outcome", Outcome.ToString()),
            new("items", string.Join(";", Items.Select(i => i.Value))),
        };
        if (Channel is { } channel)
        {
            payload.Add(new("channel", channel.ToString()));
        }

        if (PromisedDate is { } promised)
        {
            payload.Add(new("promised", promised.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }

        if (Note is not null)
        {
            payload.Add(new("note", Note));
        }

        return new LedgerAnnotation(Date, Kind, payload: payload);
    }

    /// <summary>Reads a record from an annotation.</summary>
    /// <param name="annotation">The annotation.</param>
    /// <param name="record">The record, when the annotation is a valid <c>reminders.contact</c> one.</param>
    /// <returns>True when read; false for another kind or a malformed payload.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="annotation"/> is null.</exception>
    public static bool TryFromAnnotation(LedgerAnnotation annotation, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ReminderContact? record)
    {
        Guard.NotNull(annotation);
        record = null;
        var p = annotation.Payload;
        if (!string.Equals(annotation.Kind, Kind, StringComparison.Ordinal)
            || !p.TryGetValue("customer", out var customer) || string.IsNullOrWhiteSpace(customer)
            || !ReminderIssued.TryEnum<ContactOutcome>(p, "outcome", out var outcome))
        {
            return false;
        }

        ReminderChannel? channel = null;
        if (p.ContainsKey("channel"))
        {
            if (!ReminderIssued.TryEnum<ReminderChannel>(p, "channel", out var c))
            {
                return false;
            }

            channel = c;
        }

        DateOnly? promised = null;
        if (p.TryGetValue("promised", out var promisedText))
        {
            if (!DateOnly.TryParseExact(promisedText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                return false;
            }

            promised = d;
        }

        var itemsText = p.GetValueOrDefault("items") ?? string.Empty;
        var items = itemsText.Length == 0 ? [] : itemsText.Split(';');
        if (items.Any(string.IsNullOrWhiteSpace) || (outcome == ContactOutcome.Promised) != promised.HasValue || promised < annotation.Date)
        {
            return false;
        }

        record = new ReminderContact(annotation.Date, new CustomerId(customer), outcome, items.Select(i => new DocumentId(i)), channel, promised, p.GetValueOrDefault("note"));
        return true;
    }

    /// <inheritdoc/>
    public bool Equals(ReminderContact? other)
        => other is not null && Date == other.Date && Customer == other.Customer && Outcome == other.Outcome && Items.SequenceEqual(other.Items)
            && Channel == other.Channel && PromisedDate == other.PromisedDate && string.Equals(Note, other.Note, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ReminderContact other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Date, Customer, Outcome, Items.Length);

    /// <summary>Writes the record as <c>2026-11-30 C-1 Promised (INV-1) by 2026-12-10</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"{Date:yyyy-MM-dd} {Customer} {Outcome} ({string.Join(", ", Items)}){(PromisedDate is { } d ? $" by {d:yyyy-MM-dd}" : string.Empty)}");

    internal static string WriteAmounts(ImmutableArray<Money> amounts)
        => string.Join(";", amounts.Select(m => m.Amount.ToString(CultureInfo.InvariantCulture) + " " + m.Currency.Code));

    internal static bool TryReadAmounts(string? text, out ImmutableArray<Money> amounts)
    {
        amounts = [];
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        var list = new List<Money>();
        foreach (var part in text.Split(';'))
        {
            var pieces = part.Split(' ');
            if (pieces.Length != 2 || !decimal.TryParse(pieces[0], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount)
                || !Currency.TryFromCode(pieces[1], out var currency) || !Arithmetic.IsWhole(amount, currency.MinorUnits))
            {
                return false;
            }

            list.Add(new Money(amount, currency));
        }

        amounts = [.. list];
        return true;
    }
}
