using System.Collections.Immutable;
using System.Globalization;
using Receivables.Internal;
using Receivables.Ledger;

namespace Receivables.Matching;

/// <summary>
/// Turns the outcome of a matched statement line into ledger receipts (<see cref="Receipt"/>), which
/// <see cref="ReceivablesLedger.PostReceipt"/> posts atomically: the payment, the cash applied as matched, the
/// early-payment discount, the write-off with its reason, a deduction to dispute opened as a disputed residual with its
/// reason, and the unapplied rest.
/// </summary>
/// <remarks>
/// <para>One receipt per customer of the line's allocations (a parent paying for its subsidiaries gives several): the
/// payment document is dated the line's value date, its id is <see cref="MatchPostingOptions.PaymentIdPrefix"/> plus the
/// line's id (plus <c>/{customer}</c> when the line pays several customers), its reference the line's end-to-end or bank
/// reference, its amount the cash applied to that customer's items; the unapplied rest of the line goes to the first
/// customer's receipt. Deductions: <see cref="DeductionTreatment.WriteOff"/> is the allocation's write-off (reason: the
/// deduction's); <see cref="DeductionTreatment.Dispute"/> becomes the receipt line's deduction (the rest stays open and
/// disputed); <see cref="DeductionTreatment.LeaveOpen"/> leaves the rest open. A write-off without a deduction (within the
/// tolerance) is explained by <see cref="MatchingReasonCodes.AmountWriteOff"/>.</para>
/// <para>Money is conserved: the payments of a line's receipts add up to the line's amount, and each item's open amount
/// falls by exactly the allocation's <see cref="MatchAllocation.Cleared"/>.</para>
/// <para>Stateless and thread-safe.</para>
/// </remarks>
public static class MatchPosting
{
    /// <summary>The receipts of one line's outcome. Any decision with allocations may be converted (a reviewer may
    /// accept a suggestion); <see cref="ToReceipts(MatchResult, MatchPostingOptions?)"/> takes the auto-applied lines only.</summary>
    /// <param name="match">The line's outcome.</param>
    /// <param name="options">The options; null for the defaults.</param>
    /// <returns>One receipt per customer, in the order of the allocations.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="match"/> is null.</exception>
    /// <exception cref="ArgumentException">The line has no allocation (nothing names a customer), its amount is not
    /// positive, or its applied and unapplied amounts do not add up to it.</exception>
    public static ImmutableArray<Receipt> ToReceipts(LineMatch match, MatchPostingOptions? options = null)
    {
        Guard.NotNull(match);
        var line = match.Line;
        if (match.Allocations.IsDefaultOrEmpty)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Statement line {line.Id} has no allocation: nothing says whose payment it is."), nameof(match));
        }

        if (!line.Amount.IsPositive)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Statement line {line.Id} has amount {line.Amount}; only money received is posted as a payment."), nameof(match));
        }

        if (match.Applied + match.Unapplied != line.Amount)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Statement line {line.Id}: applied {match.Applied} and unapplied {match.Unapplied} do not add up to its amount {line.Amount}."), nameof(match));
        }

        var prefix = options?.PaymentIdPrefix ?? string.Empty;
        var taxRate = options?.DiscountTaxRate;
        var customers = match.Allocations.Select(a => a.Customer).Distinct().ToList();
        var receipts = ImmutableArray.CreateBuilder<Receipt>(customers.Count);
        for (var c = 0; c < customers.Count; c++)
        {
            var customer = customers[c];
            var allocations = match.Allocations.Where(a => a.Customer == customer).ToList();
            var cash = allocations.Aggregate(Money.Zero(line.Amount.Currency), (s, a) => s + a.Applied);
            var amount = c == 0 ? cash + match.Unapplied : cash;
            if (!amount.IsPositive)
            {
                // Only discounts, write-offs or deductions for this customer and no cash: there is no payment to post.
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Statement line {line.Id} pays nothing to customer {customer}, yet settles items of it."), nameof(match));
            }

            var id = new DocumentId(customers.Count == 1
                ? prefix + line.Id
                : string.Create(CultureInfo.InvariantCulture, $"{prefix}{line.Id}/{customer}"));
            var payment = Document.Payment(id, customer, amount, line.ValueDate, line.EndToEndReference ?? line.BankReference);
            receipts.Add(new Receipt(payment, allocations.Select(a => LineFor(a, taxRate)).Where(l => l is not null).Select(l => l!)));
        }

        return receipts.MoveToImmutable();
    }

    /// <summary>The receipts of every auto-applied line of a match result, in line order.</summary>
    /// <param name="result">The match result.</param>
    /// <param name="options">The options; null for the defaults.</param>
    /// <returns>The receipts; empty when no line was auto-applied.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    /// <exception cref="ArgumentException">An auto-applied line cannot be converted (see
    /// <see cref="ToReceipts(LineMatch, MatchPostingOptions?)"/>).</exception>
    public static ImmutableArray<Receipt> ToReceipts(MatchResult result, MatchPostingOptions? options = null)
        => [.. Guard.NotNull(result).Lines.Where(l => l.Decision == MatchDecision.AutoApply).SelectMany(l => ToReceipts(l, options))];

    /// <summary>Posts the receipts of every auto-applied line of a match result (see
    /// <see cref="ReceivablesLedger.PostReceipt"/>).</summary>
    /// <param name="ledger">The ledger whose open items were matched.</param>
    /// <param name="result">The match result.</param>
    /// <param name="options">The options; null for the defaults.</param>
    /// <returns>The new ledger; on any refusal the exception propagates and the caller's ledger is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ledger"/> or <paramref name="result"/> is null.</exception>
    /// <exception cref="ArgumentException">A line cannot be converted.</exception>
    /// <exception cref="LedgerException">The ledger refuses a receipt (an id taken, an item no longer open enough).</exception>
    public static ReceivablesLedger Post(ReceivablesLedger ledger, MatchResult result, MatchPostingOptions? options = null)
    {
        Guard.NotNull(ledger);
        foreach (var receipt in ToReceipts(result, options))
        {
            ledger = ledger.PostReceipt(receipt);
        }

        return ledger;
    }

    private static ReceiptLine? LineFor(MatchAllocation allocation, decimal? taxRate)
    {
        var deduction = allocation.Deduction;
        var disputed = deduction is { Treatment: DeductionTreatment.Dispute } ? deduction : null;
        if (allocation.Cleared.IsZero && disputed is null)
        {
            return null;
        }

        Reason? writeOffReason = null;
        if (allocation.WriteOff.IsPositive)
        {
            writeOffReason = deduction is { Treatment: DeductionTreatment.WriteOff } ? deduction.Reason : MatchingReasonCodes.AmountWriteOff.With(allocation.WriteOff, allocation.Item);
        }

        return new ReceiptLine(
            allocation.Item,
            allocation.Applied,
            allocation.Discount,
            allocation.WriteOff,
            writeOffReason,
            disputed?.Amount,
            disputed?.Reason,
            allocation.Discount.IsPositive ? taxRate : null);
    }
}
