using System.Globalization;
using System.Collections.Immutable;
using Receivables.Internal;
using Receivables.Terms;

namespace Receivables.Ledger;

/// <summary>
/// An open receivable (未结应收): what is still owed on one debit document, or on one installment of it, as of the
/// state it was taken from. The one open-item type that aging, credit, matching and reminders share.
/// </summary>
/// <remarks>
/// <para>Take open items from the ledger (<see cref="CustomerAccount.OpenItems"/>, <see cref="ReceivablesLedger.OpenItems"/>,
/// or <see cref="From(LedgerItem, IEnumerable{SettlementDiscount})"/>, the one converter), usually from a view on a
/// date (<see cref="ReceivablesLedger.AsOf(DateOnly)"/>). Hosts that keep their own ledger construct them directly.</para>
/// <para>Every instance is valid: ids are given, <see cref="Open"/> is positive, in whole minor units and at most
/// <see cref="Original"/>, the due date is not before the document date, and discounts are in the item's currency and
/// smaller than the open amount. There is no <c>with</c> that bypasses these checks; use the <c>With…</c> methods.</para>
/// <para>Two items are equal when all their values are equal (lists element by element). Immutable and thread-safe.</para>
/// </remarks>
public sealed class OpenItem : IEquatable<OpenItem>
{
    /// <summary>Creates an open item.</summary>
    /// <param name="id">The document number.</param>
    /// <param name="customer">The customer who owes it.</param>
    /// <param name="open">The amount still open: positive, in whole minor units.</param>
    /// <param name="documentDate">The document (invoice) date.</param>
    /// <param name="dueDate">The due date; not before <paramref name="documentDate"/>.</param>
    /// <param name="discounts">Early-payment discount offers on the open amount.</param>
    /// <param name="original">The document's (or installment's) original amount; the default value is
    /// <paramref name="open"/>. At least <paramref name="open"/>, same currency.</param>
    /// <param name="kind">The kind of debit document. The default value is <see cref="DocumentKind.Invoice"/>.</param>
    /// <param name="installment">The installment number (1-based) when the item is one installment of a document; the
    /// default value 0 means the whole document.</param>
    /// <param name="segment">The business type or segment (业务类型), or <see langword="null"/>.</param>
    /// <param name="references">Further references a payer may quote besides <paramref name="id"/>: the document's
    /// reference, the customer's purchase order, a payment or creditor reference. Blank entries are refused.</param>
    /// <param name="dispute">The open dispute, or <see langword="null"/>.</param>
    /// <param name="promise">The promise to pay, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">An id is missing, an amount has no currency or more decimals than its
    /// currency, the currencies differ, a reference is blank, or a discount is not smaller than the open amount.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The open amount is not positive or exceeds the original, the due
    /// date is before the document date, the installment is negative, or the kind is not a debit kind.</exception>
    /// <exception cref="ArgumentNullException">A discount is null.</exception>
    public OpenItem(
        DocumentId id,
        CustomerId customer,
        Money open,
        DateOnly documentDate,
        DateOnly dueDate,
        IEnumerable<SettlementDiscount>? discounts = null,
        Money? original = null,
        DocumentKind kind = DocumentKind.Invoice,
        int installment = 0,
        string? segment = null,
        IEnumerable<string>? references = null,
        ItemDispute? dispute = null,
        PromiseToPay? promise = null)
    {
        if (id.IsDefault)
        {
            throw new ArgumentException("The document id is required.", nameof(id));
        }

        if (customer.IsDefault)
        {
            throw new ArgumentException("The customer id is required.", nameof(customer));
        }

        Guard.RoundedMoney(open);
        Guard.Positive(open.Amount, nameof(open));
        var whole = original ?? open;
        Guard.RoundedMoney(whole, nameof(original));
        if (whole.Amount > Document.MaxAmount)
        {
            throw Guard.OutOfRange(original is null ? nameof(open) : nameof(original), whole.Amount, string.Create(CultureInfo.InvariantCulture, $"The amount {whole} is above the largest a document may carry, 10^18 (Document.MaxAmount)."));
        }
        if (whole.Currency != open.Currency)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The original amount {whole} is not in {open.Currency.Code}, the currency of the open amount."), nameof(original));
        }

        if (whole < open)
        {
            throw Guard.OutOfRange(nameof(original), whole.Amount, string.Create(CultureInfo.InvariantCulture, $"The original amount {whole} is less than the open amount {open}."));
        }

        if (dueDate < documentDate)
        {
            throw Guard.OutOfRange(nameof(dueDate), dueDate, string.Create(CultureInfo.InvariantCulture, $"The due date {dueDate:yyyy-MM-dd} of {id} is before its document date {documentDate:yyyy-MM-dd}."));
        }

        if (kind is not (DocumentKind.Invoice or DocumentKind.DebitNote or DocumentKind.Adjustment))
        {
            throw Guard.OutOfRange(nameof(kind), kind, $"An open item is a debit: an invoice, a debit note or a debit adjustment, not {kind}.");
        }

        Guard.NotNegative(installment);
        var refs = references is null ? ImmutableArray<string>.Empty : [.. references];
        foreach (var reference in refs)
        {
            if (string.IsNullOrWhiteSpace(reference))
            {
                throw new ArgumentException("A reference must not be null or blank.", nameof(references));
            }
        }

        var offers = discounts is null ? ImmutableArray<SettlementDiscount>.Empty : [.. discounts];
        foreach (var offer in offers)
        {
            Guard.NotNull(offer, nameof(discounts));
            if (offer.Discount.Currency != open.Currency || offer.Discount >= open)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Each discount must be in {open.Currency.Code} and smaller than the open amount {open}; {offer.Discount} is not."), nameof(discounts));
            }
        }

        Id = id;
        Customer = customer;
        Open = open;
        Original = whole;
        DocumentDate = documentDate;
        DueDate = dueDate;
        Kind = kind;
        Installment = installment;
        Segment = string.IsNullOrEmpty(segment) ? null : segment;
        References = refs;
        Discounts = offers;
        Dispute = dispute;
        Promise = promise;
    }

    /// <summary>Gets the document number.</summary>
    public DocumentId Id { get; }

    /// <summary>Gets the customer who owes the item.</summary>
    public CustomerId Customer { get; }

    /// <summary>Gets the amount still open: positive, in whole minor units.</summary>
    public Money Open { get; }

    /// <summary>Gets the original amount of the document or installment (at least <see cref="Open"/>).</summary>
    public Money Original { get; }

    /// <summary>Gets the currency of the item.</summary>
    public Currency Currency => Open.Currency;

    /// <summary>Gets the document date.</summary>
    public DateOnly DocumentDate { get; }

    /// <summary>Gets the due date.</summary>
    public DateOnly DueDate { get; }

    /// <summary>Gets the due date the item was posted with, before any extension (<see cref="DueDateExtended"/>) or
    /// acceleration; equal to <see cref="DueDate"/> unless set. Set it with an object initializer
    /// (<c>new OpenItem(…) { OriginalDueDate = … }</c>); <see cref="From(LedgerItem, IEnumerable{SettlementDiscount})"/> sets it.</summary>
    public DateOnly OriginalDueDate
    {
        get => _originalDueDate ?? DueDate;
        init => _originalDueDate = value;
    }

    private readonly DateOnly? _originalDueDate;

    /// <summary>Gets how the customer pays the item (from <see cref="Document.PaymentMethod"/>);
    /// <see cref="Terms.PaymentMethod.Unspecified"/> by default. Reminders hold a direct debit until its collection date
    /// and count an acceptance bill as due on its maturity.</summary>
    public Terms.PaymentMethod PaymentMethod { get; init; }

    /// <summary>Gets the date the money is expected: an acceptance bill's maturity when known, otherwise
    /// <see cref="DueDate"/>.</summary>
    public DateOnly CollectionDate => PaymentMethod.CollectionDate(DueDate);

    /// <summary>Gets the kind of debit document.</summary>
    public DocumentKind Kind { get; }

    /// <summary>Gets the installment number (1-based), or 0 when the item is the whole document.</summary>
    public int Installment { get; }

    /// <summary>Gets the business type or segment, or <see langword="null"/>.</summary>
    public string? Segment { get; }

    /// <summary>Gets further references a payer may quote besides <see cref="Id"/> (never null; may be empty).</summary>
    public ImmutableArray<string> References { get; }

    /// <summary>Gets the early-payment discount offers on the open amount (never null; may be empty).</summary>
    public ImmutableArray<SettlementDiscount> Discounts { get; }

    /// <summary>Gets the open dispute, or <see langword="null"/> when the item is not disputed.</summary>
    public ItemDispute? Dispute { get; }

    /// <summary>Gets whether the item is disputed (有争议).</summary>
    public bool IsDisputed => Dispute is not null;

    /// <summary>Gets the promise to pay (承诺付款), or <see langword="null"/>.</summary>
    public PromiseToPay? Promise { get; }

    /// <summary>Gets how many days the item is past due on a date: 0 when not yet due.</summary>
    /// <param name="asOf">The date.</param>
    /// <returns>Days past due, never negative.</returns>
    public int DaysOverdue(DateOnly asOf) => Math.Max(0, asOf.DayNumber - DueDate.DayNumber);

    /// <summary>Takes the open item of a ledger item: the one converter from the ledger.</summary>
    /// <param name="item">An open debit item of a customer account.</param>
    /// <param name="discounts">Early-payment discount offers; offers in another currency or not smaller than the open
    /// amount are left out. The default value is none.</param>
    /// <returns>The open item: the document's number, customer, dates, kind, business type, reference, dispute and
    /// promise, and the open amount.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="item"/> is null.</exception>
    /// <exception cref="ArgumentException">The item is a credit or is settled.</exception>
    public static OpenItem From(LedgerItem item, IEnumerable<SettlementDiscount>? discounts = null)
    {
        Guard.NotNull(item);
        if (item.Document.IsCredit || !item.IsOpen)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Only open debit items are open items; {item.Id} is {(item.Document.IsCredit ? "a credit" : "settled")}."), nameof(item));
        }

        var d = item.Document;
        var offers = discounts?.Where(o => o is not null && o.Discount.Currency == item.Open.Currency && o.Discount < item.Open);
        return new OpenItem(
            d.Id,
            d.Customer,
            item.Open,
            d.DocumentDate,
            item.DueDate,
            offers,
            d.Amount,
            d.Kind,
            item.Installment,
            d.BusinessType,
            item.References,
            item.Dispute,
            item.Promise)
        {
            PaymentMethod = d.PaymentMethod,
            OriginalDueDate = d.DueDate,
        };
    }

    /// <summary>Returns a copy with other discount offers.</summary>
    /// <param name="discounts">The offers.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException">An offer is in another currency or not smaller than the open amount.</exception>
    public OpenItem WithDiscounts(IEnumerable<SettlementDiscount> discounts)
        => new(Id, Customer, Open, DocumentDate, DueDate, Guard.NotNull(discounts), Original, Kind, Installment, Segment, References, Dispute, Promise) { PaymentMethod = PaymentMethod, OriginalDueDate = OriginalDueDate };

    /// <summary>Returns a copy with further references appended.</summary>
    /// <param name="references">The references to add.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException">A reference is blank.</exception>
    public OpenItem WithReferences(IEnumerable<string> references)
        => new(Id, Customer, Open, DocumentDate, DueDate, Discounts, Original, Kind, Installment, Segment, References.AddRange(Guard.NotNull(references)), Dispute, Promise) { PaymentMethod = PaymentMethod, OriginalDueDate = OriginalDueDate };

    /// <inheritdoc/>
    public bool Equals(OpenItem? other)
        => ReferenceEquals(this, other)
            || (other is not null && Id == other.Id && Customer == other.Customer && Open == other.Open && Original == other.Original
                && DocumentDate == other.DocumentDate && DueDate == other.DueDate && Kind == other.Kind && Installment == other.Installment
                && PaymentMethod == other.PaymentMethod && OriginalDueDate == other.OriginalDueDate
                && string.Equals(Segment, other.Segment, StringComparison.Ordinal)
                && References.SequenceEqual(other.References, StringComparer.Ordinal)
                && Discounts.SequenceEqual(other.Discounts)
                && Equals(Dispute, other.Dispute) && Equals(Promise, other.Promise));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is OpenItem other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Customer, Open, DueDate, Installment);

    /// <summary>Writes the item as <c>INV-1 (C-1) 300.00 EUR open, due 2026-02-09</c> (an installment's id already
    /// carries its number, <c>INV-1/2</c>).</summary>
    /// <returns>The text.</returns>
    public override string ToString()
        => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Id}{(Installment > 0 && !Id.Value.EndsWith(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"/{Installment}"), StringComparison.Ordinal) ? $"/{Installment}" : string.Empty)} ({Customer}) {Open} open, due {DueDate:yyyy-MM-dd}");

    /// <summary>Compares two items by value.</summary>
    /// <param name="left">The first item.</param>
    /// <param name="right">The second item.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(OpenItem? left, OpenItem? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two items by value.</summary>
    /// <param name="left">The first item.</param>
    /// <param name="right">The second item.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(OpenItem? left, OpenItem? right) => !(left == right);
}
