using System.Collections.Immutable;
using System.Globalization;
using Receivables.Internal;

namespace Receivables.Ledger;

/// <summary>
/// The due date of an open debit item was extended (延期): from <see cref="LedgerEvent.Date"/> on, the item is due on
/// <see cref="NewDueDate"/>. Views on a date (<see cref="CustomerAccount.AsOf(DateOnly)"/>) show the due date as
/// extended by the extensions dated on or before it; <see cref="LedgerItem.OriginalDueDate"/> keeps the date posted.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Item">The open debit item (an installment's own id, such as <c>INV-1/2</c>).</param>
/// <param name="NewDueDate">The new due date: after the item's due date as it stands when the extension is recorded.</param>
/// <param name="ExtendedOn">The date the extension was granted: on or after the item's document date.</param>
/// <param name="Note">An optional note (who agreed, why).</param>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.LedgerEventJsonConverter<DueDateExtended>))]
public sealed record DueDateExtended(DocumentId Item, DateOnly NewDueDate, DateOnly ExtendedOn, string? Note) : LedgerEvent(ExtendedOn)
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(DueDateExtended), PrintMembers);
}

/// <summary>
/// A payment plan was agreed with the customer: the open amounts of <see cref="Items"/> are restructured into
/// <see cref="Installments"/>. The plan closes the items (each gets a settlement with application number 0 and the
/// plan as counterpart) and opens one debit item per installment, ids <c>{Plan}/1</c>, <c>{Plan}/2</c>, …, dated the
/// agreement date, each due on its own date (decision 016).
/// </summary>
/// <remarks>
/// <para>The constructor checks what the event alone can tell: the plan id, at least one item (no item twice, amounts
/// positive in one currency), and installments that add up to the items' total exactly, due on or after the
/// agreement date in ascending order. The account checks the rest: each amount is everything open on its item, and
/// nothing recorded on the items is dated after the agreement.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.LedgerEventJsonConverter<PaymentPlanAgreed>))]
public sealed record PaymentPlanAgreed : LedgerEvent
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(PaymentPlanAgreed), PrintMembers);

    /// <summary>Initializes a new event.</summary>
    /// <param name="plan">The plan's id, unused in the ledger (like a document id).</param>
    /// <param name="agreedOn">The date the plan was agreed.</param>
    /// <param name="items">The items restructured, each with its whole open amount.</param>
    /// <param name="installments">The new installments.</param>
    /// <param name="note">An optional note.</param>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> or <paramref name="installments"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="plan"/> is default; there is no item, an item twice, or
    /// items in different currencies (field <c>items</c> or <c>items[i].…</c>); the installments are not as
    /// <see cref="Document.WithInstallments"/> requires, with the agreement date as the earliest due date (field
    /// <c>installments</c> or <c>installments[i].…</c>).</exception>
    /// <exception cref="ArgumentOutOfRangeException">An amount is not positive or not in whole minor units, or an
    /// installment is due before the agreement date or before the one before it.</exception>
    public PaymentPlanAgreed(DocumentId plan, DateOnly agreedOn, IEnumerable<Allocation> items, IEnumerable<Installment> installments, string? note = null)
        : base(agreedOn)
    {
        if (plan.IsDefault)
        {
            throw new ArgumentException("A payment plan id is required.", nameof(plan));
        }

        Guard.NotNull(items);
        var closed = items.ToImmutableArray();
        if (closed.IsEmpty)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Payment plan {plan} restructures no item."), nameof(items));
        }

        var currency = closed[0].Amount.Currency;
        var total = 0m;
        for (var i = 0; i < closed.Length; i++)
        {
            var (item, amount) = closed[i];
            var field = string.Create(CultureInfo.InvariantCulture, $"items[{i}]");
            if (item.IsDefault)
            {
                throw new ArgumentException("An item id is required.", field + ".Item");
            }

            for (var j = 0; j < i; j++)
            {
                if (closed[j].Item == item)
                {
                    throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Item {item} is in payment plan {plan} twice."), field + ".Item");
                }
            }

            if (currency.IsDefault || amount.Currency != currency)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The items of payment plan {plan} must share one currency; {amount} is not in {currency.Code}."), field + ".Amount");
            }

            if (!amount.IsPositive || !amount.IsRounded)
            {
                throw Guard.OutOfRange(field + ".Amount", amount.Amount, string.Create(CultureInfo.InvariantCulture, $"The amount {amount} of {item} in payment plan {plan} must be positive and in whole minor units."));
            }

            total += amount.Amount;
        }

        Plan = plan;
        Items = closed;
        Installments = [.. Installment.Check(installments, new Money(total, currency), agreedOn, nameof(installments), "payment plan " + plan.Value)];
        Note = string.IsNullOrEmpty(note) ? null : note;
    }

    /// <summary>Gets the plan's id; its installments are <c>{Plan}/1</c>, <c>{Plan}/2</c>, ….</summary>
    public DocumentId Plan { get; }

    /// <summary>Gets the date the plan was agreed (the same as <see cref="LedgerEvent.Date"/>).</summary>
    public DateOnly AgreedOn => Date;

    /// <summary>Gets the items restructured, each with the open amount the plan took over.</summary>
    public ImmutableArray<Allocation> Items { get; }

    /// <summary>Gets the new installments, in due-date order.</summary>
    public ImmutableArray<Installment> Installments { get; }

    /// <summary>Gets the total restructured: the sum of <see cref="Items"/>, equal to the sum of <see cref="Installments"/>.</summary>
    public Money Total => Items.Aggregate(Money.Zero(Items[0].Amount.Currency), (sum, i) => sum + i.Amount);

    /// <summary>Gets the note, or <see langword="null"/>.</summary>
    public string? Note { get; }

    /// <inheritdoc/>
    public bool Equals(PaymentPlanAgreed? other)
        => other is not null && Date == other.Date && Plan == other.Plan && Items.SequenceEqual(other.Items)
            && Installments.SequenceEqual(other.Installments) && string.Equals(Note, other.Note, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Date, Plan, Items.Length, Installments.Length);
}

/// <summary>
/// A payment plan was cancelled or found broken (违约). The plan's installments stay open items: by default each stays
/// due on its own date; with <see cref="Accelerate"/> every open installment not yet due becomes due on the
/// cancellation date (an acceleration clause, 加速到期). The items the plan closed stay closed (decision 016).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Plan">The payment plan.</param>
/// <param name="CancelledOn">The date of the cancellation: on or after the agreement.</param>
/// <param name="Accelerate">Whether the open installments fall due on <paramref name="CancelledOn"/>.</param>
/// <param name="Note">An optional note, such as "broken: installment 2 unpaid".</param>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.LedgerEventJsonConverter<PaymentPlanCancelled>))]
public sealed record PaymentPlanCancelled(DocumentId Plan, DateOnly CancelledOn, bool Accelerate, string? Note) : LedgerEvent(CancelledOn)
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(PaymentPlanCancelled), PrintMembers);
}
