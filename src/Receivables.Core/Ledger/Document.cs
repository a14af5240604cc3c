using Receivables.Internal;
using System.Globalization;
using System.Collections.Immutable;

namespace Receivables.Ledger;

/// <summary>
/// A receivables document: invoice, credit note, debit note, payment, adjustment or write-off. Created through the
/// static factories, which check every field; a document that exists is valid.
/// </summary>
/// <remarks>
/// <para><see cref="Amount"/> is always positive; <see cref="IsDebit"/> says whether the document increases
/// (invoice, debit note, debit adjustment) or decreases (credit note, payment, credit adjustment, write-off) what the
/// customer owes.</para>
/// <para>Optional texts (reference, contract number, business type) are kept exactly as given; an empty text is
/// stored as null.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.DocumentJsonConverter))]
public sealed record Document
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(Document), PrintMembers);

    /// <summary>
    /// The largest amount a document may carry: 10^18 major units (a quintillion; the largest invoice any currency has
    /// needed is far below). Sums of up to 79 billion such amounts stay within <see cref="decimal"/>'s range, so the
    /// balances and totals of the ledger and of everything built on it (aging, provisions, credit figures, matching,
    /// reminders) cannot overflow. Arithmetic on amounts built outside the ledger throws
    /// <see cref="AmountOverflowException"/> when it does.
    /// </summary>
    public const decimal MaxAmount = 1_000_000_000_000_000_000m;

    private Document(
        DocumentId id,
        DocumentKind kind,
        CustomerId customer,
        Money amount,
        bool isDebit,
        DateOnly documentDate,
        DateOnly dueDate,
        string? reference,
        string? contractNumber,
        string? businessType,
        IEnumerable<string>? tags)
    {
        if (id.IsDefault)
        {
            throw new ArgumentException("A document id is required.", nameof(id));
        }

        if (customer.IsDefault)
        {
            throw new ArgumentException("A customer id is required.", nameof(customer));
        }

        if (amount.Currency.IsDefault)
        {
            throw new ArgumentException("The amount needs a currency.", nameof(amount));
        }

        if (amount.Amount <= 0m)
        {
            throw Guard.OutOfRange(nameof(amount), amount.Amount, string.Create(CultureInfo.InvariantCulture, $"The amount of {kind} {id} must be greater than zero."));
        }

        if (!amount.IsRounded)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The amount of {kind} {id} ({amount}) has more decimals than {amount.Currency.Code} has minor units."), nameof(amount));
        }

        if (amount.Amount > MaxAmount)
        {
            throw Guard.OutOfRange(nameof(amount), amount.Amount, string.Create(CultureInfo.InvariantCulture, $"The amount of {kind} {id} ({amount}) is above the largest a document may carry, 10^18 (Document.MaxAmount)."));
        }

        if (dueDate < documentDate)
        {
            throw Guard.OutOfRange(nameof(dueDate), dueDate, string.Create(CultureInfo.InvariantCulture, $"The due date of {id} ({dueDate:yyyy-MM-dd}) is before its document date ({documentDate:yyyy-MM-dd})."));
        }

        Id = id;
        Kind = kind;
        Customer = customer;
        Amount = amount;
        IsDebit = isDebit;
        DocumentDate = documentDate;
        DueDate = dueDate;
        Reference = string.IsNullOrEmpty(reference) ? null : reference;
        ContractNumber = string.IsNullOrEmpty(contractNumber) ? null : contractNumber;
        BusinessType = string.IsNullOrEmpty(businessType) ? null : businessType;
        Tags = tags is null ? [] : [.. tags.Select((t, i) => t ?? throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"tags[{i}] is null."), nameof(tags)))];
    }

    /// <summary>Gets the document id, unique within a ledger.</summary>
    public DocumentId Id { get; private init; }

    /// <summary>Gets the kind of document.</summary>
    public DocumentKind Kind { get; }

    /// <summary>Gets the customer the document belongs to.</summary>
    public CustomerId Customer { get; }

    /// <summary>Gets the document amount, always greater than zero; the sign is given by <see cref="IsDebit"/>.</summary>
    public Money Amount { get; private init; }

    /// <summary>Gets the currency of the document.</summary>
    public Currency Currency => Amount.Currency;

    /// <summary>Gets a value indicating whether the document is a debit (increases the receivable).</summary>
    public bool IsDebit { get; }

    /// <summary>Gets a value indicating whether the document is a credit (decreases the receivable).</summary>
    public bool IsCredit => !IsDebit;

    /// <summary>Gets the amount with its sign: positive for debits, negative for credits.</summary>
    public Money SignedAmount => IsDebit ? Amount : -Amount;

    /// <summary>Gets the document date (发生时间).</summary>
    public DateOnly DocumentDate { get; }

    /// <summary>Gets the due date (到期时间); for credits it equals <see cref="DocumentDate"/>; for a document with
    /// <see cref="Installments"/>, the last installment's due date.</summary>
    public DateOnly DueDate { get; private init; }

    /// <summary>
    /// Gets the installments (分期) the document is due in, in due-date order; empty (the default) when the whole amount
    /// is due on <see cref="DueDate"/>. A document with installments becomes one ledger item, and one open item, per
    /// installment, with the ids <c>{Id}/1</c>, <c>{Id}/2</c>, … (<see cref="Installment.IdOf"/>; decision 015). Set them
    /// with <see cref="WithInstallments"/> or <see cref="WithSchedule"/>.
    /// </summary>
    public ImmutableArray<Installment> Installments { get; private init; } = [];

    /// <summary>Gets the reference text (a payment's remittance text, a credit note's invoice reference), or null.</summary>
    public string? Reference { get; }

    /// <summary>Gets the contract number (合同编号), or null.</summary>
    public string? ContractNumber { get; }

    /// <summary>Gets the business type (业务类型) used to classify receivables, or null.</summary>
    public string? BusinessType { get; }

    /// <summary>
    /// Gets how the customer pays this document (bank transfer, direct debit, card, acceptance bill 承兑汇票 with its
    /// maturity, cash); <see cref="Terms.PaymentMethod.Unspecified"/> by default. Set it with
    /// <c>document with { PaymentMethod = … }</c>, typically from the payment term's installment
    /// (<see cref="Terms.ScheduledInstallment.PaymentMethod"/>). It is carried to the open item, where reminders use it:
    /// no reminder before a direct debit's collection date, and an acceptance bill counts as due on its maturity.
    /// </summary>
    public Terms.PaymentMethod PaymentMethod { get; init; }

    /// <summary>Gets the date the money is expected: the bill's maturity for an acceptance bill whose maturity is
    /// known, otherwise <see cref="DueDate"/>.</summary>
    public DateOnly CollectionDate => PaymentMethod.CollectionDate(DueDate);

    /// <summary>Gets free tags (region, salesperson, project), possibly empty.</summary>
    public ImmutableArray<string> Tags { get; }

    /// <summary>Creates an invoice.</summary>
    /// <param name="id">The document number.</param>
    /// <param name="customer">The customer.</param>
    /// <param name="amount">The gross amount, greater than zero.</param>
    /// <param name="documentDate">The invoice date.</param>
    /// <param name="dueDate">The due date, on or after <paramref name="documentDate"/>.</param>
    /// <param name="reference">An optional reference text.</param>
    /// <param name="contractNumber">An optional contract number.</param>
    /// <param name="businessType">An optional business type.</param>
    /// <param name="tags">Optional tags.</param>
    /// <returns>The invoice.</returns>
    /// <exception cref="ArgumentException">An id is default, or the amount has no currency.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The amount is zero or negative, or the due date is before the document date, or above <see cref="MaxAmount"/>.</exception>
    public static Document Invoice(
        DocumentId id,
        CustomerId customer,
        Money amount,
        DateOnly documentDate,
        DateOnly dueDate,
        string? reference = null,
        string? contractNumber = null,
        string? businessType = null,
        IEnumerable<string>? tags = null)
        => new(id, DocumentKind.Invoice, customer, amount, isDebit: true, documentDate, dueDate, reference, contractNumber, businessType, tags);

    /// <summary>Creates a debit note, such as an extra charge or late-payment interest.</summary>
    /// <param name="id">The document number.</param>
    /// <param name="customer">The customer.</param>
    /// <param name="amount">The amount, greater than zero.</param>
    /// <param name="documentDate">The document date.</param>
    /// <param name="dueDate">The due date, on or after <paramref name="documentDate"/>.</param>
    /// <param name="reference">An optional reference text.</param>
    /// <param name="contractNumber">An optional contract number.</param>
    /// <param name="businessType">An optional business type.</param>
    /// <param name="tags">Optional tags.</param>
    /// <returns>The debit note.</returns>
    /// <exception cref="ArgumentException">An id is default, or the amount has no currency.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The amount is zero or negative, or the due date is before the document date, or above <see cref="MaxAmount"/>.</exception>
    public static Document DebitNote(
        DocumentId id,
        CustomerId customer,
        Money amount,
        DateOnly documentDate,
        DateOnly dueDate,
        string? reference = null,
        string? contractNumber = null,
        string? businessType = null,
        IEnumerable<string>? tags = null)
        => new(id, DocumentKind.DebitNote, customer, amount, isDebit: true, documentDate, dueDate, reference, contractNumber, businessType, tags);

    /// <summary>Creates a credit note (returned goods, a price reduction).</summary>
    /// <param name="id">The document number.</param>
    /// <param name="customer">The customer.</param>
    /// <param name="amount">The amount, greater than zero.</param>
    /// <param name="documentDate">The document date.</param>
    /// <param name="reference">An optional reference, such as the invoice it corrects.</param>
    /// <param name="contractNumber">An optional contract number.</param>
    /// <param name="businessType">An optional business type.</param>
    /// <param name="tags">Optional tags.</param>
    /// <returns>The credit note.</returns>
    /// <exception cref="ArgumentException">An id is default, or the amount has no currency.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The amount is zero or negative, or above <see cref="MaxAmount"/>.</exception>
    public static Document CreditNote(
        DocumentId id,
        CustomerId customer,
        Money amount,
        DateOnly documentDate,
        string? reference = null,
        string? contractNumber = null,
        string? businessType = null,
        IEnumerable<string>? tags = null)
        => new(id, DocumentKind.CreditNote, customer, amount, isDebit: false, documentDate, documentDate, reference, contractNumber, businessType, tags);

    /// <summary>Creates a payment received from the customer.</summary>
    /// <param name="id">The document number, such as the bank reference.</param>
    /// <param name="customer">The paying customer.</param>
    /// <param name="amount">The amount received, greater than zero (a zero payment is rejected).</param>
    /// <param name="documentDate">The value date.</param>
    /// <param name="reference">The remittance text, used by <see cref="AllocationPolicies.ByReference"/>.</param>
    /// <param name="contractNumber">An optional contract number.</param>
    /// <param name="businessType">An optional business type.</param>
    /// <param name="tags">Optional tags.</param>
    /// <returns>The payment.</returns>
    /// <exception cref="ArgumentException">An id is default, or the amount has no currency.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The amount is zero or negative, or above <see cref="MaxAmount"/>.</exception>
    public static Document Payment(
        DocumentId id,
        CustomerId customer,
        Money amount,
        DateOnly documentDate,
        string? reference = null,
        string? contractNumber = null,
        string? businessType = null,
        IEnumerable<string>? tags = null)
        => new(id, DocumentKind.Payment, customer, amount, isDebit: false, documentDate, documentDate, reference, contractNumber, businessType, tags);

    /// <summary>Creates an adjustment: a positive amount is a debit (the customer owes more), a negative amount a credit.</summary>
    /// <param name="id">The document number.</param>
    /// <param name="customer">The customer.</param>
    /// <param name="signedAmount">The amount with its sign; not zero.</param>
    /// <param name="documentDate">The document date; for a debit adjustment also its due date.</param>
    /// <param name="reference">An optional reference text.</param>
    /// <param name="contractNumber">An optional contract number.</param>
    /// <param name="businessType">An optional business type.</param>
    /// <param name="tags">Optional tags.</param>
    /// <returns>The adjustment.</returns>
    /// <exception cref="ArgumentException">An id is default, or the amount has no currency.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The amount is zero, or its size is above <see cref="MaxAmount"/>.</exception>
    public static Document Adjustment(
        DocumentId id,
        CustomerId customer,
        Money signedAmount,
        DateOnly documentDate,
        string? reference = null,
        string? contractNumber = null,
        string? businessType = null,
        IEnumerable<string>? tags = null)
    {
        if (signedAmount.IsZero)
        {
            throw Guard.OutOfRange(nameof(signedAmount), signedAmount.Amount, string.Create(CultureInfo.InvariantCulture, $"The amount of adjustment {id} must not be zero."));
        }

        return new(id, DocumentKind.Adjustment, customer, signedAmount.Currency.IsDefault ? signedAmount : signedAmount.Abs(), signedAmount.IsPositive, documentDate, documentDate, reference, contractNumber, businessType, tags);
    }

    /// <summary>Creates a write-off document (坏账核销). Post it and apply it to the written-off item, or use
    /// <see cref="CustomerAccount.WriteOff"/> which does both at once.</summary>
    /// <param name="id">The document number.</param>
    /// <param name="customer">The customer.</param>
    /// <param name="amount">The amount written off, greater than zero.</param>
    /// <param name="documentDate">The write-off date.</param>
    /// <param name="reference">An optional reason or reference.</param>
    /// <returns>The write-off.</returns>
    /// <exception cref="ArgumentException">An id is default, or the amount has no currency.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The amount is zero or negative, or above <see cref="MaxAmount"/>.</exception>
    public static Document WriteOff(DocumentId id, CustomerId customer, Money amount, DateOnly documentDate, string? reference = null)
        => new(id, DocumentKind.WriteOff, customer, amount, isDebit: false, documentDate, documentDate, reference, null, null, null);

    /// <summary>Creates an early-payment discount document: the discount a customer took, applied to the item like a
    /// payment. <see cref="CustomerAccount.PostReceipt"/> creates these.</summary>
    /// <param name="id">The document number.</param>
    /// <param name="customer">The customer.</param>
    /// <param name="amount">The discount, greater than zero.</param>
    /// <param name="documentDate">The date it was taken (the payment's date).</param>
    /// <param name="reference">An optional reference, such as the item it was taken on.</param>
    /// <param name="businessType">An optional business type, such as <c>discount.tax</c> for the tax share.</param>
    /// <returns>The discount document.</returns>
    /// <exception cref="ArgumentException">An id is default, or the amount has no currency.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The amount is zero or negative, or above <see cref="MaxAmount"/>.</exception>
    public static Document Discount(DocumentId id, CustomerId customer, Money amount, DateOnly documentDate, string? reference = null, string? businessType = null)
        => new(id, DocumentKind.Discount, customer, amount, isDebit: false, documentDate, documentDate, reference, null, businessType, null);

    /// <summary>
    /// Returns a copy due in installments: one open item per installment, each aged, reminded, matched and settled on
    /// its own. The amounts must add up to <see cref="Amount"/> exactly, the due dates ascend (equal dates allowed) and
    /// none is before <see cref="DocumentDate"/>. The copy's <see cref="DueDate"/> is the last installment's.
    /// </summary>
    /// <param name="installments">The installments, in due-date order; at least one.</param>
    /// <returns>The copy. One installment equal to the whole amount is allowed (the item is then <c>{Id}/1</c>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="installments"/> is null.</exception>
    /// <exception cref="ArgumentException">The document is not an invoice or a debit note; there is no installment; the
    /// amounts do not add up to <see cref="Amount"/>; an amount is in another currency (the field names the
    /// installment, such as <c>installments[1].Amount</c>).</exception>
    /// <exception cref="ArgumentOutOfRangeException">An amount is not positive or not in whole minor units, or a due date
    /// is before the document date or before the installment before it (field <c>installments[i].DueDate</c>).</exception>
    public Document WithInstallments(IEnumerable<Installment> installments)
    {
        if (Kind is not (DocumentKind.Invoice or DocumentKind.DebitNote))
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Only invoices and debit notes are due in installments; {Id} is a {Kind}."), nameof(installments));
        }

        var list = Installment.Check(installments, Amount, DocumentDate, nameof(installments), Id.Value);
        return this with { Installments = [.. list], DueDate = list[^1].DueDate };
    }

    /// <summary>
    /// Returns a copy due in the installments of a payment term's schedule (<see cref="Terms.PaymentTerm.Schedule"/>):
    /// each scheduled installment's amount and due date, as <see cref="WithInstallments"/> checks them. Discounts and
    /// per-installment payment methods of the schedule are not carried.
    /// </summary>
    /// <param name="schedule">The schedule, for this document's amount.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="schedule"/> is null.</exception>
    /// <exception cref="ArgumentException">As <see cref="WithInstallments"/>; the field is <c>schedule</c> when the
    /// schedule's total is not the document's amount.</exception>
    /// <exception cref="ArgumentOutOfRangeException">As <see cref="WithInstallments"/>.</exception>
    public Document WithSchedule(Terms.PaymentSchedule schedule)
    {
        Guard.NotNull(schedule);
        if (schedule.Total != Amount)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The schedule is for {schedule.Total}, not for the {Amount} of {Id}."), nameof(schedule));
        }

        return WithInstallments(schedule.Installments.Select(i => new Installment(i.Amount, i.DueDate)));
    }

    /// <summary>The document of installment <paramref name="number"/> (1-based): its own id, amount and due date, the
    /// rest as this document; what the ledger item of the installment carries.</summary>
    internal Document ForInstallment(int number)
    {
        var installment = Installments[number - 1];
        return this with { Id = Installment.IdOf(Id, number), Amount = installment.Amount, DueDate = installment.DueDate, Installments = [] };
    }

    /// <inheritdoc/>
    public bool Equals(Document? other)
        => other is not null
            && Id == other.Id && Kind == other.Kind && Customer == other.Customer && Amount == other.Amount
            && IsDebit == other.IsDebit && DocumentDate == other.DocumentDate && DueDate == other.DueDate
            && Reference == other.Reference && ContractNumber == other.ContractNumber && BusinessType == other.BusinessType
            && Tags.SequenceEqual(other.Tags, StringComparer.Ordinal)
            && Installments.SequenceEqual(other.Installments);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Kind, Customer, Amount, DocumentDate, DueDate);
}
