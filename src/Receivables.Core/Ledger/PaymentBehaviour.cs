using System.Globalization;
using Receivables.Internal;

namespace Receivables.Ledger;

/// <summary>
/// How a customer pays, from its <see cref="PaymentRecord"/>s in one currency: amount-weighted average days to pay and
/// days beyond terms, and the share of the amount paid late.
/// </summary>
/// <remarks>
/// <para>Averages are weighted by the amount of each payment record: a 100,000 invoice paid 30 days late weighs a
/// hundred times a 1,000 invoice paid on time. Weighting across currencies would mix units, so behaviour is always
/// computed per currency (<see cref="Compute"/> returns one result per currency).</para>
/// <para>Only payments count: credit notes, write-offs and credit adjustments settle items but say nothing about
/// paying habits.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
/// <param name="Currency">The currency of the records.</param>
/// <param name="RecordCount">The number of payment records.</param>
/// <param name="PaidAmount">The total amount paid.</param>
/// <param name="AverageDaysToPay">The amount-weighted average days from document date to payment.</param>
/// <param name="AverageDaysBeyondTerms">The amount-weighted average days from due date to payment (negative = early).</param>
/// <param name="LateShare">The share (0 to 1) of <paramref name="PaidAmount"/> paid after its due date.</param>
public sealed record PaymentBehaviour(
    Currency Currency,
    int RecordCount,
    Money PaidAmount,
    decimal AverageDaysToPay,
    decimal AverageDaysBeyondTerms,
    decimal LateShare)
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(PaymentBehaviour), PrintMembers);

    /// <summary>Computes behaviour per currency from payment records paid within a window.</summary>
    /// <param name="records">The records, such as <see cref="CustomerAccount.PaymentRecords"/>.</param>
    /// <param name="paidFrom">The first payment date counted (inclusive); null for no lower bound.</param>
    /// <param name="paidTo">The last payment date counted (inclusive); null for no upper bound.</param>
    /// <returns>One result per currency with at least one record, ordered by currency code; empty when none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="paidTo"/> is before <paramref name="paidFrom"/>.</exception>
    public static IReadOnlyList<PaymentBehaviour> Compute(IEnumerable<PaymentRecord> records, DateOnly? paidFrom = null, DateOnly? paidTo = null)
    {
        Guard.NotNull(records);
        if (paidFrom is { } f && paidTo is { } t && t < f)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"paidTo ({t:yyyy-MM-dd}) is before paidFrom ({f:yyyy-MM-dd})."), nameof(paidTo));
        }

        // One streaming pass with a running sum per currency (a customer rarely has more than a few): no grouping or
        // copying of records, and the same sums in the same order as a group-by would give. The sums are the ones the
        // analytics module aggregates per segment (PaymentBehaviourSums), so both report the same figures.
        var sums = new List<PaymentBehaviourSums>(1);
        foreach (var r in records)
        {
            if ((paidFrom is not null && r.PaidOn < paidFrom) || (paidTo is not null && r.PaidOn > paidTo))
            {
                continue;
            }

            var currency = r.Amount.Currency;
            var index = sums.Count - 1;
            while (index >= 0 && sums[index].Currency != currency)
            {
                index--;
            }

            if (index < 0)
            {
                index = sums.Count;
                sums.Add(new PaymentBehaviourSums(currency));
            }

            sums[index].Add(r);
        }

        sums.Sort((a, b) => string.CompareOrdinal(a.Currency.Code, b.Currency.Code));
        return [.. sums.Select(x => x.ToBehaviour())];
    }
}
