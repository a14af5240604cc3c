using System.Collections.Immutable;
using System.Globalization;
using Receivables.Internal;

namespace Receivables.Ledger;

/// <summary>
/// A statement of account (对账单) to send to a customer, for one currency and a period: the opening balance, the
/// movements (documents and applications dated in the period), the closing balance, and the items open at the end.
/// </summary>
/// <remarks>
/// <para>Read from ledger views (<see cref="ReceivablesLedger.AsOf"/>): the opening balance is the balance of the view on
/// the day before the period, the closing balance and open items those of the view on its last day, and the movements
/// the events of that view dated in the period, by date and then in recording order. Opening balance plus the
/// documents' signed amounts is the closing balance, exactly. Applications move open amounts between items and leave the
/// balance unchanged. Back-dated postings recorded later change the statement as of the same dates; to reproduce a
/// statement as printed, pass <see cref="ReceivablesLedger.AsKnownAt"/> of the ledger.</para>
/// <para>The customer confirms it by comparing the open items; <c>Receivables.Matching.Reconciliation.CustomerStatementEntries.From</c>
/// gives them in the form <c>StatementReconciliation.Reconcile</c> reads back.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class StatementOfAccount
{
    private StatementOfAccount(CustomerId customer, Currency currency, DateOnly from, DateOnly to, Money opening, ImmutableArray<StatementMovement> movements, Money closing, ImmutableArray<OpenItem> openItems, ImmutableArray<LedgerItem> unappliedCredits)
    {
        Customer = customer;
        Currency = currency;
        From = from;
        To = to;
        OpeningBalance = opening;
        Movements = movements;
        ClosingBalance = closing;
        OpenItems = openItems;
        UnappliedCredits = unappliedCredits;
    }

    /// <summary>The customer.</summary>
    public CustomerId Customer { get; }

    /// <summary>The currency of every amount of the statement.</summary>
    public Currency Currency { get; }

    /// <summary>The period's first day.</summary>
    public DateOnly From { get; }

    /// <summary>The period's last day, inclusive.</summary>
    public DateOnly To { get; }

    /// <summary>The balance (debits less credits) at the end of the day before <see cref="From"/>.</summary>
    public Money OpeningBalance { get; }

    /// <summary>The documents and applications dated in the period, by date and then in recording order.</summary>
    public ImmutableArray<StatementMovement> Movements { get; }

    /// <summary>The balance at the end of <see cref="To"/>: <see cref="OpeningBalance"/> plus every movement's
    /// <see cref="StatementMovement.BalanceChange"/>.</summary>
    public Money ClosingBalance { get; }

    /// <summary>The debit items open at the end of <see cref="To"/>, oldest due first.</summary>
    public ImmutableArray<OpenItem> OpenItems { get; }

    /// <summary>The credits (payments, credit notes) not yet applied at the end of <see cref="To"/>, oldest first.</summary>
    public ImmutableArray<LedgerItem> UnappliedCredits { get; }

    /// <summary>The sum of the period's debit documents.</summary>
    public Money Debits => Movements.Where(m => m.Kind == StatementMovementKind.Document && m.Amount.IsPositive).Aggregate(Money.Zero(Currency), (s, m) => s + m.Amount);

    /// <summary>The sum of the period's credit documents, as a positive amount.</summary>
    public Money Credits => Movements.Where(m => m.Kind == StatementMovementKind.Document && m.Amount.IsNegative).Aggregate(Money.Zero(Currency), (s, m) => s - m.Amount);

    /// <summary>Writes the statement of a customer for one currency and a period.</summary>
    /// <param name="ledger">The ledger (the full ledger, or a view known at a sequence).</param>
    /// <param name="customer">The customer; an unknown customer gives an empty statement.</param>
    /// <param name="currency">The currency: a customer with documents in several currencies gets one statement each.</param>
    /// <param name="from">The period's first day.</param>
    /// <param name="to">The period's last day, inclusive.</param>
    /// <returns>The statement.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ledger"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="customer"/> or <paramref name="currency"/> is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="to"/> is before <paramref name="from"/>, or
    /// <paramref name="from"/> is <see cref="DateOnly.MinValue"/>.</exception>
    public static StatementOfAccount Create(ReceivablesLedger ledger, CustomerId customer, Currency currency, DateOnly from, DateOnly to)
    {
        Guard.NotNull(ledger);
        if (customer.IsDefault)
        {
            throw new ArgumentException("A customer id is required.", nameof(customer));
        }

        if (currency.IsDefault)
        {
            throw new ArgumentException("A currency is required.", nameof(currency));
        }

        if (to < from)
        {
            throw Guard.OutOfRange(nameof(to), to, string.Create(CultureInfo.InvariantCulture, $"The period ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd})."));
        }

        if (from == DateOnly.MinValue)
        {
            throw Guard.OutOfRange(nameof(from), from, "The period must start after DateOnly.MinValue: the opening balance is read on the day before.");
        }

        var opening = ledger.AsOf(from.AddDays(-1)).Account(customer).BalanceIn(currency);
        var end = ledger.AsOf(to).Account(customer);
        var events = end.History.Select((e, i) => (Event: e, Order: i)).Where(x => x.Event.Date >= from).OrderBy(x => x.Event.Date).ThenBy(x => x.Order).Select(x => x.Event);
        var movements = ImmutableArray.CreateBuilder<StatementMovement>();
        var balance = opening;
        foreach (var e in events)
        {
            switch (e)
            {
                case DocumentPosted posted when posted.Document.Currency == currency:
                    var document = posted.Document;
                    balance += document.SignedAmount;
                    movements.Add(new StatementMovement(document.DocumentDate, StatementMovementKind.Document, document.Id, document.Kind, document.SignedAmount, balance, null, document.Reference));
                    break;
                case CreditApplied applied when end.GetItem(applied.Credit).Document is var credit && credit.Currency == currency:
                    foreach (var allocation in applied.Allocations)
                    {
                        movements.Add(new StatementMovement(applied.Date, StatementMovementKind.Application, credit.Id, credit.Kind, allocation.Amount, balance, allocation.Item, credit.Reference));
                    }

                    break;
                case ApplicationReversed reversed when end.GetApplication(reversed.ApplicationNumber) is var undone && end.GetItem(undone.Credit).Document is var source && source.Currency == currency:
                    foreach (var allocation in undone.Allocations)
                    {
                        movements.Add(new StatementMovement(reversed.Date, StatementMovementKind.Reversal, source.Id, source.Kind, allocation.Amount, balance, allocation.Item, source.Reference));
                    }

                    break;
            }
        }

        var closing = end.BalanceIn(currency);
        if (closing != balance)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"The statement of {customer} does not add up: opening {opening} and the movements give {balance}, the ledger {closing}."));
        }

        var open = end.OpenItems.Where(i => i.Currency == currency).OrderBy(i => i.DueDate).ThenBy(i => i.Id).ThenBy(i => i.Installment).ToImmutableArray();
        var credits = end.UnappliedCredits.Where(c => c.Document.Currency == currency).OrderBy(c => c.Document.DocumentDate).ThenBy(c => c.Id).ToImmutableArray();
        return new StatementOfAccount(customer, currency, from, to, opening, movements.ToImmutable(), closing, open, credits);
    }

    /// <summary>The currencies a customer has documents in on a date, ordered by code: one statement each.</summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="customer">The customer.</param>
    /// <param name="to">The last day of the period.</param>
    /// <returns>The currencies; empty for an unknown customer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ledger"/> is null.</exception>
    public static ImmutableArray<Currency> Currencies(ReceivablesLedger ledger, CustomerId customer, DateOnly to)
        => [.. Guard.NotNull(ledger).AsOf(to).Account(customer).Items.Select(i => i.Document.Currency).Distinct().OrderBy(c => c.Code, StringComparer.Ordinal)];
}
