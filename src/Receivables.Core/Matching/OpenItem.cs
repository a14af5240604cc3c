using System.Collections.Immutable;
using Receivables.Internal;
using Receivables.Ledger;
using Receivables.Terms;

namespace Receivables.Matching;

/// <summary>
/// An open receivable that incoming money may settle: document number, customer, what is still open, dates, and the
/// early-payment discounts offered on it.
/// </summary>
/// <remarks>
/// <para>Build these from plain records with the constructor, or from a ledger with
/// <see cref="FromLedger(ReceivablesLedger, Func{LedgerItem, IEnumerable{SettlementDiscount}}?)"/>.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record OpenItem
{
    /// <summary>Initializes an open item.</summary>
    /// <param name="document">The document number, as printed on the invoice.</param>
    /// <param name="customer">The customer who owes the amount.</param>
    /// <param name="open">The amount still open; positive, in whole minor units.</param>
    /// <param name="documentDate">The document date.</param>
    /// <param name="dueDate">The due date.</param>
    /// <param name="discounts">Early-payment discounts offered (pay by a date, deduct an amount), in the same
    /// currency; null or empty when none.</param>
    /// <exception cref="ArgumentException">An id is default, <paramref name="open"/> has no currency or is not
    /// rounded, or a discount is in another currency or not smaller than the open amount.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="open"/> is not positive.</exception>
    public OpenItem(DocumentId document, CustomerId customer, Money open, DateOnly documentDate, DateOnly dueDate, IEnumerable<SettlementDiscount>? discounts = null)
    {
        if (document.IsDefault)
        {
            throw new ArgumentException("The document id is required.", nameof(document));
        }

        if (customer.IsDefault)
        {
            throw new ArgumentException("The customer id is required.", nameof(customer));
        }

        if (open.Currency.IsDefault || !open.IsRounded)
        {
            throw new ArgumentException("The open amount needs a currency and whole minor units.", nameof(open));
        }

        Guard.Positive(open.Amount, nameof(open));
        var offers = discounts is null ? ImmutableArray<SettlementDiscount>.Empty : [.. discounts];
        foreach (var offer in offers)
        {
            Guard.NotNull(offer, nameof(discounts));
            if (offer.Discount.Currency != open.Currency || offer.Discount >= open)
            {
                throw new ArgumentException("Each discount must be in the item's currency and smaller than the open amount.", nameof(discounts));
            }
        }

        Document = document;
        Customer = customer;
        Open = open;
        DocumentDate = documentDate;
        DueDate = dueDate;
        Discounts = offers;
    }

    /// <summary>Gets the document number.</summary>
    public DocumentId Document { get; }

    /// <summary>Gets the customer.</summary>
    public CustomerId Customer { get; }

    /// <summary>Gets the amount still open.</summary>
    public Money Open { get; }

    /// <summary>Gets the currency of the item.</summary>
    public Currency Currency => Open.Currency;

    /// <summary>Gets the document date.</summary>
    public DateOnly DocumentDate { get; }

    /// <summary>Gets the due date.</summary>
    public DateOnly DueDate { get; }

    /// <summary>Gets the early-payment discounts offered; empty when none.</summary>
    public ImmutableArray<SettlementDiscount> Discounts { get; }

    /// <summary>Creates the open items of a ledger: every open debit item (invoices, debit notes, debit
    /// adjustments) with its open amount, in the ledger's order (by customer, then oldest due first).</summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="discounts">Gives the early-payment discounts known for an item (for example from its payment
    /// schedule); null when none are known. Offers that are not smaller than the open amount (the item is partly
    /// paid) are left out.</param>
    /// <returns>The open items.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ledger"/> is null.</exception>
    public static ImmutableArray<OpenItem> FromLedger(ReceivablesLedger ledger, Func<LedgerItem, IEnumerable<SettlementDiscount>>? discounts = null)
    {
        Guard.NotNull(ledger);
        var builder = ImmutableArray.CreateBuilder<OpenItem>();
        foreach (var item in ledger.OpenItems)
        {
            builder.Add(FromLedgerItem(item, discounts?.Invoke(item)));
        }

        return builder.ToImmutable();
    }

    /// <summary>Creates an open item from one open ledger item.</summary>
    /// <param name="item">The ledger item; must be an open debit.</param>
    /// <param name="discounts">The discounts offered, or null. Offers not smaller than the open amount are left
    /// out.</param>
    /// <returns>The open item.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="item"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="item"/> is a credit or is not open.</exception>
    public static OpenItem FromLedgerItem(LedgerItem item, IEnumerable<SettlementDiscount>? discounts = null)
    {
        Guard.NotNull(item);
        if (item.Document.IsCredit || !item.IsOpen)
        {
            throw new ArgumentException("Only open debit items can be matched.", nameof(item));
        }

        var offers = discounts?.Where(d => d is not null && d.Discount.Currency == item.Open.Currency && d.Discount < item.Open);
        return new OpenItem(item.Id, item.Document.Customer, item.Open, item.Document.DocumentDate, item.Document.DueDate, offers);
    }
}
