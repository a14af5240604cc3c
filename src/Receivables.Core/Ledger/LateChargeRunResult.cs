using System.Collections.Immutable;
using Receivables.Internal;

namespace Receivables.Ledger;

/// <summary>The outcome of a late-charge run: the charge documents to post and one explained line per charge or
/// skipped stretch of overdue days.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class LateChargeRunResult
{
    internal LateChargeRunResult(DateOnly from, DateOnly to, DateOnly asOf, ImmutableArray<LateChargeLine> lines)
    {
        From = from;
        To = to;
        AsOf = asOf;
        Lines = lines;
        Documents = [.. lines.Where(l => l.Charge is not null).Select(l => l.Charge!)];
        Totals = [.. Documents.GroupBy(d => d.Currency).OrderBy(g => g.Key.Code, StringComparer.Ordinal).Select(g => g.Aggregate(Money.Zero(g.Key), (s, d) => s + d.Amount))];
    }

    /// <summary>The first day of the period.</summary>
    public DateOnly From { get; }

    /// <summary>The last day of the period, inclusive.</summary>
    public DateOnly To { get; }

    /// <summary>The date of the ledger view the run read payments from.</summary>
    public DateOnly AsOf { get; }

    /// <summary>Every charge and every skipped stretch, by customer, item and first day. Items without overdue days in
    /// the period have no line.</summary>
    public ImmutableArray<LateChargeLine> Lines { get; }

    /// <summary>The charge documents (debit notes), in the order of <see cref="Lines"/>; each amount is positive and in
    /// whole minor units.</summary>
    public ImmutableArray<Document> Documents { get; }

    /// <summary>The sum of <see cref="Documents"/> per currency, ordered by currency code; empty when nothing is charged.</summary>
    public ImmutableArray<Money> Totals { get; }

    /// <summary>Posts the charge documents to a ledger (normally the one the run read).</summary>
    /// <param name="ledger">The ledger.</param>
    /// <returns>The new ledger; on any refusal the caller's ledger is unchanged (it is immutable).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ledger"/> is null.</exception>
    /// <exception cref="LedgerException">A charge document's id is already taken (for instance the run was posted
    /// twice; run again on the posted ledger instead).</exception>
    public ReceivablesLedger PostTo(ReceivablesLedger ledger)
    {
        Guard.NotNull(ledger);
        foreach (var document in Documents)
        {
            ledger = ledger.Post(document);
        }

        return ledger;
    }
}
