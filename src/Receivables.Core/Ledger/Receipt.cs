using System.Globalization;
using System.Collections.Immutable;
using Receivables.Internal;

namespace Receivables.Ledger;

/// <summary>
/// A payment received and what it settles, posted in one atomic call (<see cref="CustomerAccount.PostReceipt"/>,
/// <see cref="ReceivablesLedger.PostReceipt"/>): the payment document, one line per item (cash, discount, write-off,
/// deduction), and the rest left unapplied on the payment. Independent of the matching engine: an adapter turns a
/// matched statement line into a receipt.
/// </summary>
/// <remarks>Every instance is valid: the payment is a payment document, lines are in its currency, name each item once,
/// and their cash adds up to at most the payment. Immutable and thread-safe.</remarks>
public sealed class Receipt
{
    /// <summary>Creates a receipt.</summary>
    /// <param name="payment">The payment document (<see cref="Document.Payment"/>).</param>
    /// <param name="lines">The lines; may be empty (all unapplied).</param>
    /// <exception cref="ArgumentNullException"><paramref name="payment"/>, <paramref name="lines"/> or a line is null.</exception>
    /// <exception cref="ArgumentException">The document is not a payment; a line is in another currency or names an item
    /// twice; the cash adds up to more than the payment.</exception>
    public Receipt(Document payment, IEnumerable<ReceiptLine> lines)
    {
        Guard.NotNull(payment);
        Guard.NotNull(lines);
        if (payment.Kind != DocumentKind.Payment)
        {
            throw new ArgumentException($"A receipt's document is a payment, not {payment.Kind}.", nameof(payment));
        }

        var list = lines.Select((l, i) => l ?? throw new ArgumentNullException(nameof(lines), string.Create(CultureInfo.InvariantCulture, $"lines[{i}] is null."))).ToImmutableArray();
        var cash = Money.Zero(payment.Currency);
        var seen = new HashSet<DocumentId>();
        for (var i = 0; i < list.Length; i++)
        {
            if (list[i].Cash.Currency != payment.Currency)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"lines[{i}] is in {list[i].Cash.Currency.Code}; the payment is in {payment.Currency.Code}."), nameof(lines));
            }

            if (!seen.Add(list[i].Item))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"lines[{i}] names {list[i].Item} a second time."), nameof(lines));
            }

            cash += list[i].Cash;
        }

        if (cash > payment.Amount)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The lines apply {cash}, more than the payment of {payment.Amount}."), nameof(lines));
        }

        Payment = payment;
        Lines = list;
        Unapplied = payment.Amount - cash;
    }

    /// <summary>Gets the payment document.</summary>
    public Document Payment { get; }

    /// <summary>Gets the lines.</summary>
    public ImmutableArray<ReceiptLine> Lines { get; }

    /// <summary>Gets what stays unapplied on the payment: its amount minus the cash of all lines.</summary>
    public Money Unapplied { get; }
}
