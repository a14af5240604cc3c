using System.Collections.Immutable;
using System.Globalization;
using Receivables.Internal;
using Receivables.Ledger;

namespace Receivables.Reminders;

/// <summary>
/// A reminder that was issued (or an escalation that was taken): kept in the customer's ledger history as a
/// <see cref="LedgerAnnotation"/> of kind <c>reminders.issued</c> (<see cref="ToAnnotation"/>,
/// <see cref="TryFromAnnotation"/>), so the reminder history replays with the ledger.
/// </summary>
/// <remarks>Immutable and thread-safe. Equal when all values are equal (lists element by element).</remarks>
public sealed class ReminderIssued : IEquatable<ReminderIssued>
{
    /// <summary>The annotation kind.</summary>
    public const string Kind = "reminders.issued";

    /// <summary>Creates the record.</summary>
    /// <param name="date">The date issued.</param>
    /// <param name="customer">The customer.</param>
    /// <param name="policy">The policy's name.</param>
    /// <param name="level">The level number, from 1.</param>
    /// <param name="action">The action.</param>
    /// <param name="channel">The channel.</param>
    /// <param name="tone">The tone.</param>
    /// <param name="trigger">Why the level fired.</param>
    /// <param name="items">The items or documents covered; at least one.</param>
    /// <param name="fees">The fees charged, one per currency (may be empty).</param>
    /// <param name="interest">The interest charged, one per currency (may be empty).</param>
    /// <exception cref="ArgumentException">The customer or an item id is default, the policy is blank, no item is
    /// given, or a fee or interest amount is not rounded.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The level is below 1, an enum value is undefined, or an amount is
    /// negative.</exception>
    public ReminderIssued(DateOnly date, CustomerId customer, string policy, int level, ReminderAction action, ReminderChannel channel, ReminderTone tone, ReminderTrigger trigger, IEnumerable<DocumentId> items, IEnumerable<Money>? fees = null, IEnumerable<Money>? interest = null)
    {
        if (customer.IsDefault)
        {
            throw new ArgumentException("The customer id is required.", nameof(customer));
        }

        Date = date;
        Customer = customer;
        Policy = Guard.NotBlank(policy);
        Level = Guard.Positive(level);
        Action = Guard.Defined(action);
        Channel = Guard.Defined(channel);
        Tone = Guard.Defined(tone);
        Trigger = Guard.Defined(trigger);
        Items = [.. Guard.NotNull(items)];
        if (Items.IsEmpty || Items.Any(i => i.IsDefault))
        {
            throw new ArgumentException("At least one item is required and no item id may be default.", nameof(items));
        }

        Fees = Amounts(fees, nameof(fees));
        Interest = Amounts(interest, nameof(interest));
    }

    /// <summary>Gets the date issued.</summary>
    public DateOnly Date { get; }

    /// <summary>Gets the customer.</summary>
    public CustomerId Customer { get; }

    /// <summary>Gets the policy's name.</summary>
    public string Policy { get; }

    /// <summary>Gets the level number.</summary>
    public int Level { get; }

    /// <summary>Gets the action.</summary>
    public ReminderAction Action { get; }

    /// <summary>Gets the channel.</summary>
    public ReminderChannel Channel { get; }

    /// <summary>Gets the tone.</summary>
    public ReminderTone Tone { get; }

    /// <summary>Gets why the level fired.</summary>
    public ReminderTrigger Trigger { get; }

    /// <summary>Gets the items or documents covered.</summary>
    public ImmutableArray<DocumentId> Items { get; }

    /// <summary>Gets the fees, one per currency.</summary>
    public ImmutableArray<Money> Fees { get; }

    /// <summary>Gets the interest, one per currency.</summary>
    public ImmutableArray<Money> Interest { get; }

    /// <summary>Converts the record to a ledger annotation of kind <c>reminders.issued</c> for the whole account (the
    /// items are in the payload, so one annotation covers a grouped reminder).</summary>
    /// <returns>The annotation.</returns>
    public LedgerAnnotation ToAnnotation()
        => new(Date, Kind, payload:
        [
            new("customer", Customer.Value),
            new("policy", Policy),
            new("level", Level.ToString(CultureInfo.InvariantCulture)),
            new("action", Action.ToString()),
            new("channel", Channel.ToString()),
            new("tone", Tone.ToString()),
            new("trigger", Trigger.ToString()),
            new("items", string.Join(";", Items.Select(i => i.Value))),
            new("fees", ReminderContact.WriteAmounts(Fees)),
            new("interest", ReminderContact.WriteAmounts(Interest)),
        ]);

    /// <summary>Reads a record from an annotation.</summary>
    /// <param name="annotation">The annotation.</param>
    /// <param name="record">The record, when the annotation is a valid <c>reminders.issued</c> one.</param>
    /// <returns>True when read; false for another kind or a malformed payload.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="annotation"/> is null.</exception>
    public static bool TryFromAnnotation(LedgerAnnotation annotation, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ReminderIssued? record)
    {
        Guard.NotNull(annotation);
        record = null;
        var p = annotation.Payload;
        if (!string.Equals(annotation.Kind, Kind, StringComparison.Ordinal)
            || !p.TryGetValue("customer", out var customer) || string.IsNullOrWhiteSpace(customer)
            || !p.TryGetValue("policy", out var policy) || string.IsNullOrWhiteSpace(policy)
            || !p.TryGetValue("level", out var levelText) || !int.TryParse(levelText, NumberStyles.None, CultureInfo.InvariantCulture, out var level) || level < 1
            || !TryEnum<ReminderAction>(p, "action", out var action) || !TryEnum<ReminderChannel>(p, "channel", out var channel)
            || !TryEnum<ReminderTone>(p, "tone", out var tone) || !TryEnum<ReminderTrigger>(p, "trigger", out var trigger)
            || !p.TryGetValue("items", out var itemsText) || itemsText.Length == 0
            || !ReminderContact.TryReadAmounts(p.GetValueOrDefault("fees"), out var fees)
            || !ReminderContact.TryReadAmounts(p.GetValueOrDefault("interest"), out var interest))
        {
            return false;
        }

        var items = itemsText.Split(';');
        if (items.Any(string.IsNullOrWhiteSpace))
        {
            return false;
        }

        record = new ReminderIssued(annotation.Date, new CustomerId(customer), policy, level, action, channel, tone, trigger, items.Select(i => new DocumentId(i)), fees, interest);
        return true;
    }

    /// <inheritdoc/>
    public bool Equals(ReminderIssued? other)
        => other is not null && Date == other.Date && Customer == other.Customer && string.Equals(Policy, other.Policy, StringComparison.Ordinal)
            && Level == other.Level && Action == other.Action && Channel == other.Channel && Tone == other.Tone && Trigger == other.Trigger
            && Items.SequenceEqual(other.Items) && Fees.SequenceEqual(other.Fees) && Interest.SequenceEqual(other.Interest);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ReminderIssued other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Date, Customer, Policy, Level, Items.Length);

    /// <summary>Writes the record as <c>2026-11-30 C-1 standard L2 Letter (INV-1, INV-2)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"{Date:yyyy-MM-dd} {Customer} {Policy} L{Level} {Action} {Channel} ({string.Join(", ", Items)})");

    internal static bool TryEnum<T>(ImmutableSortedDictionary<string, string> payload, string key, out T value)
        where T : struct, Enum
    {
        value = default;
        return payload.TryGetValue(key, out var text) && Enum.TryParse(text, ignoreCase: false, out value) && Enum.IsDefined(value)
            && !char.IsAsciiDigit(text[0]);
    }

    private static ImmutableArray<Money> Amounts(IEnumerable<Money>? amounts, string name)
    {
        var list = amounts is null ? ImmutableArray<Money>.Empty : [.. amounts];
        foreach (var amount in list)
        {
            Guard.RoundedMoney(amount, name);
            Guard.NotNegative(amount.Amount, name);
        }

        return list;
    }
}
