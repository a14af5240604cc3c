using System.Collections.Immutable;
using System.Globalization;
using Receivables.Internal;
using Receivables.Terms;

namespace Receivables.Ledger;

/// <summary>
/// The late-charge run (滞纳金/逾期利息计收): for a period, turns interest and fixed sums on overdue items and on items
/// paid late into debit documents, using a late-charge policy (<see cref="ILateChargePolicy"/>). Running it again for
/// the same or an overlapping period charges no day twice.
/// </summary>
/// <remarks>
/// <para>What is charged. Items are the customer's invoices and debit notes (not the charge documents themselves: no
/// interest on interest). An item is overdue on day <c>d</c> when <c>d</c> is after its due date and part of it is
/// still open at the start of <c>d</c>: what payments, credits, discounts and write-offs dated on or after <c>d</c>
/// settle still counts, so a payment on <c>d</c> ends the interest with <c>d</c> (the same convention as
/// <see cref="LateChargeArguments"/>). The run charges the overdue days of the period, on the open amount of each day,
/// as the ledger stood on the as-of date (<see cref="LateChargeRunOptions.AsOf"/>).</para>
/// <para>How much. For a stretch of days <c>[a, b]</c> on which the open amount is a constant <c>X</c>, the interest is
/// <c>P(X, b) - P(X, a - 1)</c>, where <c>P(X, t)</c> is the policy's interest from the due date to <c>t</c>
/// (<see cref="LateCharge.Interest"/>). The charges of adjacent periods therefore add up exactly, to the minor unit, to
/// the charge of their union, and the policy's rate fixing and rounding apply as if the whole debt were computed at
/// once. The policy's fixed sum (<see cref="LateCharge.Compensation"/>, on the amount open the day after the due date)
/// is charged once per item, by the first run in which the item has overdue days. A custom policy whose charge falls as
/// days are added charges nothing for those days (never a negative charge).</para>
/// <para>Idempotence. Each charge document has an id derived from the item and the days it covers:
/// <c>{item}/LC/{first:yyyyMMdd}-{last:yyyyMMdd}</c> for interest and <c>{item}/LCF</c> for the fixed sum
/// (<see cref="InterestId"/>, <see cref="CompensationId"/>). Before charging, the run reads the charge documents already
/// in the ledger (all of them, whatever their date) and charges only the days none of them covers; for an overlapping
/// period it charges the uncovered days as separate stretches. Pass the full ledger, not a view, so that charges
/// dated after the as-of date are seen.</para>
/// <para>Disputes. An item disputed on the as-of date is not charged (unless
/// <see cref="LateChargeRunOptions.ChargeDisputed"/>); its days stay uncovered, so a later run covering them charges
/// them after the dispute is resolved.</para>
/// <para>Thread safety: the class is stateless; a run only reads the immutable ledger. The policy is called from the
/// calling thread only.</para>
/// </remarks>
public static class LateChargeRun
{
    /// <summary>The business type of the charge documents.</summary>
    public const string BusinessType = "late-charge";

    private const string InterestMarker = "/LC/";
    private const string CompensationSuffix = "/LCF";
    private const string DayFormat = "yyyyMMdd";

    /// <summary>Runs the late charges of a period.</summary>
    /// <param name="ledger">The full ledger: payments are read from its view on the as-of date, existing charge documents
    /// from all of it.</param>
    /// <param name="from">The period's first day.</param>
    /// <param name="to">The period's last day, inclusive.</param>
    /// <param name="policy">The late-charge policy, for example <see cref="LateChargePolicies.AnnualRate"/>; it is asked
    /// with the item's customer and id in <see cref="LateChargeArguments"/>, so <see cref="LateChargePolicies.ByCustomer"/>
    /// and <see cref="LateChargePolicies.ByCurrency"/> choose a policy per customer or currency.</param>
    /// <param name="options">The options; null for the defaults.</param>
    /// <returns>The charges and explained skips; nothing is posted (see <see cref="LateChargeRunResult.PostTo"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ledger"/> or <paramref name="policy"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="to"/> is before <paramref name="from"/>; the as-of
    /// date is before <paramref name="to"/>; the payment days are negative.</exception>
    /// <exception cref="CurrencyMismatchException">The policy's fixed sum is in another currency than an item (for
    /// example the EU policy's €40 on a CNY item): choose the policy per currency with
    /// <see cref="LateChargePolicies.ByCurrency"/>.</exception>
    /// <exception cref="ArgumentException">The policy refuses an item (for example the UK policy a non-GBP debt).</exception>
    public static LateChargeRunResult Run(ReceivablesLedger ledger, DateOnly from, DateOnly to, ILateChargePolicy policy, LateChargeRunOptions? options = null)
    {
        Guard.NotNull(ledger);
        Guard.NotNull(policy);
        if (to < from)
        {
            throw Guard.OutOfRange(nameof(to), to, string.Create(CultureInfo.InvariantCulture, $"The period ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd})."));
        }

        var asOf = options?.AsOf ?? to;
        if (asOf < to)
        {
            throw Guard.OutOfRange("options.AsOf", asOf, string.Create(CultureInfo.InvariantCulture, $"The as-of date ({asOf:yyyy-MM-dd}) is before the period's last day ({to:yyyy-MM-dd}): payments of the last days would be unknown."));
        }

        var paymentDays = options?.PaymentDays ?? 0;
        if (paymentDays < 0)
        {
            throw Guard.OutOfRange("options.PaymentDays", paymentDays, "The payment days must not be negative.");
        }

        var run = new Context(policy, options?.DocumentDate ?? to, paymentDays, options?.ChargeDisputed ?? false);
        var view = ledger.AsOf(asOf);
        var lines = ImmutableArray.CreateBuilder<LateChargeLine>();
        foreach (var account in view.Accounts)
        {
            var charged = Charged(ledger.Account(account.Customer));
            foreach (var item in account.Items.Where(Chargeable).OrderBy(i => i.Id))
            {
                RunItem(run, item, from, to, charged, lines);
            }
        }

        return new LateChargeRunResult(from, to, asOf, lines.ToImmutable());
    }

    /// <summary>The id of the interest document for an item and the days it covers: <c>{item}/LC/{first:yyyyMMdd}-{last:yyyyMMdd}</c>.</summary>
    /// <param name="item">The charged item.</param>
    /// <param name="first">The first charged day.</param>
    /// <param name="last">The last charged day, inclusive.</param>
    /// <returns>The id.</returns>
    /// <exception cref="ArgumentException"><paramref name="item"/> is the default id.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="last"/> is before <paramref name="first"/>.</exception>
    public static DocumentId InterestId(DocumentId item, DateOnly first, DateOnly last)
    {
        RequireItem(item);
        if (last < first)
        {
            throw Guard.OutOfRange(nameof(last), last, "The last charged day is before the first.");
        }

        return new(string.Create(CultureInfo.InvariantCulture, $"{item}{InterestMarker}{first.ToString(DayFormat, CultureInfo.InvariantCulture)}-{last.ToString(DayFormat, CultureInfo.InvariantCulture)}"));
    }

    /// <summary>The id of the fixed-sum document of an item: <c>{item}/LCF</c>.</summary>
    /// <param name="item">The charged item.</param>
    /// <returns>The id.</returns>
    /// <exception cref="ArgumentException"><paramref name="item"/> is the default id.</exception>
    public static DocumentId CompensationId(DocumentId item)
    {
        RequireItem(item);
        return new(item.Value + CompensationSuffix);
    }

    /// <summary>Reads an interest document id written by <see cref="InterestId"/>.</summary>
    /// <param name="id">A document id.</param>
    /// <param name="item">The charged item, when the id is an interest id.</param>
    /// <param name="first">The first charged day.</param>
    /// <param name="last">The last charged day.</param>
    /// <returns>Whether <paramref name="id"/> is an interest id.</returns>
    public static bool TryParseInterestId(DocumentId id, out DocumentId item, out DateOnly first, out DateOnly last)
    {
        item = default;
        first = default;
        last = default;
        var text = id.Value;
        var at = text.LastIndexOf(InterestMarker, StringComparison.Ordinal);
        if (at <= 0 || text.Length - at - InterestMarker.Length != 17 || text[at + InterestMarker.Length + 8] != '-')
        {
            return false;
        }

        var days = text.AsSpan(at + InterestMarker.Length);
        if (!DateOnly.TryParseExact(days[..8], DayFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out first)
            || !DateOnly.TryParseExact(days[9..], DayFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out last)
            || last < first)
        {
            first = default;
            last = default;
            return false;
        }

        item = new DocumentId(text[..at]);
        return true;
    }

    /// <summary>Whether a document id is a charge id of this run (interest or fixed sum).</summary>
    /// <param name="id">A document id.</param>
    /// <returns>Whether the id was written by <see cref="InterestId"/> or <see cref="CompensationId"/>.</returns>
    public static bool IsChargeId(DocumentId id)
        => TryParseInterestId(id, out _, out _, out _) || (id.Value.Length > CompensationSuffix.Length && id.Value.EndsWith(CompensationSuffix, StringComparison.Ordinal));

    private static void RequireItem(DocumentId item)
    {
        if (item.IsDefault)
        {
            throw new ArgumentException("The item id is required.", nameof(item));
        }
    }

    private static bool Chargeable(LedgerItem item)
        => item.Document.IsDebit && item.Document.Kind is DocumentKind.Invoice or DocumentKind.DebitNote && !IsChargeId(item.Id);

    private static Dictionary<DocumentId, Charges> Charged(CustomerAccount account)
    {
        var charged = new Dictionary<DocumentId, Charges>();
        Charges For(DocumentId item) => charged.TryGetValue(item, out var c) ? c : charged[item] = new Charges();
        foreach (var existing in account.Items)
        {
            if (TryParseInterestId(existing.Id, out var item, out var first, out var last))
            {
                For(item).Covered.Add((first, last, existing.Id));
            }
            else if (existing.Id.Value.EndsWith(CompensationSuffix, StringComparison.Ordinal) && existing.Id.Value.Length > CompensationSuffix.Length)
            {
                For(new DocumentId(existing.Id.Value[..^CompensationSuffix.Length])).Compensation = existing.Id;
            }
        }

        return charged;
    }

    private static void RunItem(Context run, LedgerItem item, DateOnly from, DateOnly to, Dictionary<DocumentId, Charges> charged, ImmutableArray<LateChargeLine>.Builder lines)
    {
        var document = item.Document;
        var due = document.DueDate;
        var start = Max(from, due.AddDays(1));
        // The last day with something open at its start: the day of the settlement that cleared the item.
        var end = item.IsOpen ? to : Min(to, item.SettledOn ?? document.DocumentDate);
        if (start > end)
        {
            return;
        }

        var zero = Money.Zero(document.Currency);
        if (item.Dispute is { } dispute && !run.ChargeDisputed)
        {
            lines.Add(new LateChargeLine(document.Customer, item.Id, start, end, zero, null, LedgerReasonCodes.LateChargeDisputed.With(item.Id.Value, dispute.OpenedOn, start, end)));
            return;
        }

        var settlements = item.Settlements.OrderBy(s => s.Date).ToList();
        charged.TryGetValue(item.Id, out var existing);
        var covered = existing?.Covered.OrderBy(c => c.First).ToList() ?? [];
        var stretches = new List<(DateOnly First, DateOnly Last, DocumentId? By)>();
        var day = start;
        foreach (var (first, last, by) in covered)
        {
            if (last < day || first > end)
            {
                continue;
            }

            if (first > day)
            {
                stretches.Add((day, first.AddDays(-1), null));
            }

            var coveredFrom = Max(first, day);
            var coveredTo = Min(last, end);
            stretches.Add((coveredFrom, coveredTo, by));
            day = coveredTo.AddDays(1);
            if (day > end)
            {
                break;
            }
        }

        if (day <= end)
        {
            stretches.Add((day, end, null));
        }

        var policyName = run.Policy.ToString() ?? run.Policy.GetType().Name;
        foreach (var (first, last, by) in stretches)
        {
            if (by is { } coveredBy)
            {
                lines.Add(new LateChargeLine(document.Customer, item.Id, first, last, zero, null, LedgerReasonCodes.LateChargeAlreadyCharged.With(item.Id.Value, first, last, coveredBy.Value)));
                continue;
            }

            var interest = Interest(run.Policy, document, settlements, first, last);
            if (interest.IsZero)
            {
                lines.Add(new LateChargeLine(document.Customer, item.Id, first, last, zero, null, LedgerReasonCodes.LateChargeNothingDue.With(item.Id.Value, first, last, policyName)));
                continue;
            }

            var charge = run.Charge(InterestId(item.Id, first, last), document, interest);
            lines.Add(new LateChargeLine(document.Customer, item.Id, first, last, interest, charge, LedgerReasonCodes.LateChargeInterest.With(interest, item.Id.Value, due, last.DayNumber - first.DayNumber + 1, first, last, policyName)));
        }

        var dayAfterDue = due.AddDays(1);
        if (existing?.Compensation is { } compensated)
        {
            lines.Add(new LateChargeLine(document.Customer, item.Id, dayAfterDue, dayAfterDue, zero, null, LedgerReasonCodes.LateChargeCompensationCharged.With(item.Id.Value, compensated.Value)));
            return;
        }

        var fixedSum = run.Policy.Calculate(Arguments(document, OpenOn(document, settlements, dayAfterDue), dayAfterDue)).Compensation;
        if (fixedSum.Currency != document.Currency)
        {
            throw new CurrencyMismatchException(document.Currency, fixedSum.Currency);
        }

        if (fixedSum.IsPositive)
        {
            fixedSum = fixedSum.Round();
            var charge = run.Charge(CompensationId(item.Id), document, fixedSum);
            lines.Add(new LateChargeLine(document.Customer, item.Id, dayAfterDue, dayAfterDue, fixedSum, charge, LedgerReasonCodes.LateChargeCompensation.With(fixedSum, item.Id.Value, due, policyName)));
        }
    }

    /// <summary>The interest for days <paramref name="first"/> to <paramref name="last"/>: per stretch of constant open
    /// amount, the policy's interest to the stretch's last day less its interest to the day before its first.</summary>
    private static Money Interest(ILateChargePolicy policy, Document document, List<ItemSettlement> settlements, DateOnly first, DateOnly last)
    {
        var currency = document.Currency;
        var total = Money.Zero(currency);
        var segmentStart = first;
        while (segmentStart <= last)
        {
            // The open amount changes on the day after each settlement.
            var segmentEnd = last;
            foreach (var s in settlements)
            {
                var change = s.Date.AddDays(1);
                if (change > segmentStart && change <= last)
                {
                    segmentEnd = change.AddDays(-1);
                    break;
                }
            }

            var open = OpenOn(document, settlements, segmentStart);
            if (open.IsPositive)
            {
                var through = InterestTo(policy, document, open, segmentEnd);
                var before = InterestTo(policy, document, open, segmentStart.AddDays(-1));
                var part = through - before;
                if (part.IsPositive)
                {
                    total += part;
                }
            }

            segmentStart = segmentEnd.AddDays(1);
        }

        return total.Round();
    }

    private static Money InterestTo(ILateChargePolicy policy, Document document, Money open, DateOnly through)
    {
        if (through <= document.DueDate)
        {
            return Money.Zero(open.Currency);
        }

        var interest = policy.Calculate(Arguments(document, open, through)).Interest;
        return interest.Currency == open.Currency ? interest : throw new CurrencyMismatchException(open.Currency, interest.Currency);
    }

    /// <summary>What the policy is asked: the amount open on the item from its due date to <paramref name="through"/>,
    /// with the customer and the item, so that a policy may tell customers apart.</summary>
    private static LateChargeArguments Arguments(Document document, Money open, DateOnly through)
        => new(open, document.DueDate, through) { Customer = document.Customer, Item = document.Id };

    /// <summary>What is open at the start of <paramref name="day"/>: settlements dated before it count.</summary>
    private static Money OpenOn(Document document, List<ItemSettlement> settlements, DateOnly day)
    {
        var open = document.Amount;
        foreach (var s in settlements)
        {
            if (s.Date < day)
            {
                open -= s.Amount;
            }
        }

        return Money.Max(open, Money.Zero(document.Currency));
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private sealed class Charges
    {
        public List<(DateOnly First, DateOnly Last, DocumentId Id)> Covered { get; } = [];

        public DocumentId? Compensation { get; set; }
    }

    private sealed class Context(ILateChargePolicy policy, DateOnly documentDate, int paymentDays, bool chargeDisputed)
    {
        public ILateChargePolicy Policy { get; } = policy;

        public bool ChargeDisputed { get; } = chargeDisputed;

        public Document Charge(DocumentId id, Document item, Money amount)
            => Document.DebitNote(id, item.Customer, amount, documentDate, documentDate.AddDays(paymentDays), item.Id.Value, item.ContractNumber, BusinessType);
    }
}
