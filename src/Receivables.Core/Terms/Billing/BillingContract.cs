using System.Globalization;
using Receivables.Internal;

namespace Receivables.Terms.Billing;

/// <summary>
/// A periodic billing contract (SaaS subscription, service or rental contract): a price per billing period, billed every
/// <see cref="Frequency"/> on an anchor day from <see cref="Start"/> to <see cref="End"/> (or open-ended), in advance or in
/// arrears, with partial periods prorated by a <see cref="ProrationConvention"/> and due dates from a
/// <see cref="PaymentTerm"/>. <see cref="Schedule(DateOnly?)"/> lists the billing lines;
/// <see cref="Change(ContractChange)"/> prices an upgrade or downgrade.
/// </summary>
/// <remarks>
/// <para><b>Periods.</b> Billing (anchor) dates fall on <see cref="AnchorDay"/> of every <see cref="Frequency"/>-th
/// month, capped to the month's length: anchor 31 bills on 31 January, 28 February (29 in a leap year), 31 March,
/// 30 April. Each anchor date is computed from the anchor day, never from the previous date, so a short month does not
/// pull later dates earlier. The first anchor date is the first on or after <see cref="Start"/>; a start before it makes
/// a partial first period. A full period runs from an anchor date to the day before the next; the last period ends on
/// <see cref="End"/> (partial when <see cref="End"/> is not the day before an anchor date). All dates are inclusive.</para>
/// <para><b>Amounts.</b> A full period costs exactly <see cref="Price"/>. A partial period costs its
/// <see cref="BillingPeriod.Fraction"/> of the price, rounded half away from zero to minor units. When a contract lasts a
/// whole number n of periods counted from its start (<c>Start.AddMonths(n × months)</c> is the day after
/// <see cref="End"/>), its value is exactly n × <see cref="Price"/> whatever the anchor: the partial first and last
/// periods share what the full periods leave, in proportion to their fractions (largest remainder,
/// <see cref="RemainderPolicies.LargestRemainder"/>). Otherwise the value is price × (sum of all fractions) rounded
/// once, and the partial periods share the part above the full periods the same way. Either way the lines add up to
/// <see cref="ContractValue"/> to the minor unit.</para>
/// <para>Immutable and thread-safe. Dates must lie between 0100-01-01 and 9899-12-31.</para>
/// </remarks>
public sealed class BillingContract
{
    private static readonly DateOnly MinDate = new(100, 1, 1);
    private static readonly DateOnly MaxDate = new(9899, 12, 31);

    private BillingContract(DateOnly start, DateOnly? end, Money price, BillingFrequency frequency, int anchorDay, BillingTiming timing, ProrationConvention proration, PaymentTerm paymentTerm)
    {
        Start = start;
        End = end;
        Price = price;
        Frequency = frequency;
        AnchorDay = anchorDay;
        Timing = timing;
        Proration = proration;
        PaymentTerm = paymentTerm;
    }

    /// <summary>Gets the first day of service.</summary>
    public DateOnly Start { get; }

    /// <summary>Gets the last day of service (inclusive), or <see langword="null"/> for an open-ended contract.</summary>
    public DateOnly? End { get; }

    /// <summary>Gets the price of one full billing period, positive and rounded to minor units.</summary>
    public Money Price { get; }

    /// <summary>Gets how often the contract is billed.</summary>
    public BillingFrequency Frequency { get; }

    /// <summary>Gets the billing day of the month, 1 to 31, capped to each month's length. The default value is the day of
    /// <see cref="Start"/>.</summary>
    public int AnchorDay { get; }

    /// <summary>Gets whether periods are invoiced on their first or last day. The default value is
    /// <see cref="BillingTiming.InAdvance"/>.</summary>
    public BillingTiming Timing { get; }

    /// <summary>Gets how partial periods are counted. The default value is <see cref="ProrationConvention.ActualDays"/>.</summary>
    public ProrationConvention Proration { get; }

    /// <summary>Gets the payment term each charge is scheduled with, counted from its invoice date. The default value is
    /// <see cref="PaymentTerm.Net(int)"/> with 0 days (due on the invoice date).</summary>
    public PaymentTerm PaymentTerm { get; }

    /// <summary>
    /// Gets the value of the whole contract, which the lines of <see cref="Schedule(DateOnly?)"/> add up to exactly: n ×
    /// <see cref="Price"/> for a contract of a whole number n of periods, otherwise price × the sum of the periods'
    /// fractions, rounded half away from zero. <see langword="null"/> for an open-ended contract. Computed on each read.
    /// </summary>
    public Money? ContractValue => End is { } end ? Priced(Periods(end)).Value : null;

    /// <summary>Creates a contract.</summary>
    /// <param name="start">The first day of service.</param>
    /// <param name="price">The price of one full billing period: positive and rounded to its currency's minor units.</param>
    /// <param name="frequency">How often to bill.</param>
    /// <param name="end">The last day of service (inclusive), on or after <paramref name="start"/>; <see langword="null"/>
    /// (the default) for an open-ended contract, which is scheduled up to a horizon.</param>
    /// <param name="anchorDay">The billing day of the month, 1 to 31 (capped to short months); <see langword="null"/> (the
    /// default) for the day of <paramref name="start"/>, which means no partial first period.</param>
    /// <param name="timing">Invoice in advance (the default) or in arrears.</param>
    /// <param name="proration">How partial periods are counted; the default is <see cref="ProrationConvention.ActualDays"/>.</param>
    /// <param name="paymentTerm">The payment term for each charge, counted from its invoice date; <see langword="null"/>
    /// (the default) for due on the invoice date. Its lines must be percentages or a balance (a fixed amount cannot fit
    /// every period).</param>
    /// <returns>The contract.</returns>
    /// <exception cref="ArgumentException"><paramref name="price"/> has no currency or is not rounded;
    /// <paramref name="end"/> is before <paramref name="start"/>; <paramref name="paymentTerm"/> has a fixed-amount line.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="price"/> is not positive; <paramref name="anchorDay"/>
    /// is not in 1..31; <paramref name="start"/> or <paramref name="end"/> is outside 0100-01-01..9899-12-31;
    /// <paramref name="timing"/> or <paramref name="proration"/> is not defined.</exception>
    public static BillingContract Create(
        DateOnly start,
        Money price,
        BillingFrequency frequency,
        DateOnly? end = null,
        int? anchorDay = null,
        BillingTiming timing = BillingTiming.InAdvance,
        ProrationConvention proration = ProrationConvention.ActualDays,
        PaymentTerm? paymentTerm = null)
    {
        CheckPrice(price, nameof(price));
        CheckDate(start, nameof(start));
        if (end is { } last)
        {
            CheckDate(last, nameof(end));
            if (last < start)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"end ({last:yyyy-MM-dd}) must be on or after start ({start:yyyy-MM-dd})."), nameof(end));
            }
        }

        var anchor = anchorDay is { } day ? Guard.InRange(day, 1, 31, nameof(anchorDay)) : start.Day;
        Guard.Defined(timing);
        Guard.Defined(proration);
        if (paymentTerm is not null && paymentTerm.Lines.Any(l => l.Kind == InstallmentKind.FixedAmount))
        {
            throw new ArgumentException("A billing contract's payment term must not have fixed-amount lines; use percentages and a balance line.", nameof(paymentTerm));
        }

        return new BillingContract(start, end, price, frequency, anchor, timing, proration, paymentTerm ?? PaymentTerm.Net(0));
    }

    /// <summary>
    /// Lists the billing lines, one per period, from <see cref="Start"/> to <see cref="End"/> or to the horizon
    /// <paramref name="through"/>, whichever comes first: every period starting on or before it is included. The lines
    /// of a contract with an end are the same whatever the horizon (a shorter horizon gives a prefix).
    /// </summary>
    /// <param name="through">The horizon; required for an open-ended contract; on or after <see cref="Start"/>.</param>
    /// <returns>The schedule.</returns>
    /// <exception cref="ArgumentException">The contract is open-ended and <paramref name="through"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="through"/> is before <see cref="Start"/> or after 9899-12-31.</exception>
    public BillingSchedule Schedule(DateOnly? through = null)
    {
        if (through is { } horizon)
        {
            CheckDate(horizon, nameof(through));
            if (horizon < Start)
            {
                throw Guard.OutOfRange(nameof(through), horizon, "through must be on or after the contract start.");
            }
        }
        else if (End is null)
        {
            throw new ArgumentException("An open-ended contract needs a horizon: pass through.", nameof(through));
        }

        var limit = End is { } end ? end : through!.Value;
        var priced = Priced(Periods(limit));
        var lines = new List<BillingLine>(priced.Periods.Length);
        for (var i = 0; i < priced.Periods.Length; i++)
        {
            var period = priced.Periods[i];
            if (through is { } cut && period.Start > cut)
            {
                break;
            }

            var invoiceDate = Timing == BillingTiming.InAdvance ? period.Start : period.End;
            lines.Add(new BillingLine(BillingLineKind.Charge, period, priced.Amounts[i], invoiceDate, Term(priced.Amounts[i], invoiceDate), priced.Reasons[i]));
        }

        return new BillingSchedule(this, through, lines);
    }

    /// <summary>
    /// Prices an upgrade or downgrade: a credit for the unused days of the current period at the old price (from the
    /// change date to the period's last day) and a charge for the same days at the new price, both dated on the change
    /// date. Both use the period's proration: days ÷ basis as in <see cref="BillingPeriod"/>. Rounding rule: the credit
    /// is old price × days ÷ basis rounded half away from zero; the net is (new − old) × days ÷ basis rounded once, half
    /// away from zero; the charge is credit + net. So the pair adds up exactly to the rounded difference, and the charge
    /// is at most one minor unit from new price × days ÷ basis. The amounts are based on the price, even when a partial period
    /// was billed a share of a whole-length contract's value. In arrears, net both lines into the period's invoice.
    /// </summary>
    /// <param name="change">The change; its date between <see cref="Start"/> and <see cref="End"/>, its price in this
    /// contract's currency.</param>
    /// <returns>The credit, the charge and the contract continuing at the new price.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="change"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The change date is before <see cref="Start"/>, after
    /// <see cref="End"/> or after 9899-12-31.</exception>
    /// <exception cref="CurrencyMismatchException">The new price is in another currency.</exception>
    public ContractChangeResult Change(ContractChange change)
    {
        Guard.NotNull(change);
        var date = change.EffectiveDate;
        if (date < Start || (End is { } end && date > End) || date > MaxDate)
        {
            throw Guard.OutOfRange(nameof(change), date, "change.EffectiveDate must be within the contract, from its start to its end.");
        }

        if (change.NewPrice.Currency != Price.Currency)
        {
            throw new CurrencyMismatchException(Price.Currency, change.NewPrice.Currency, nameof(change));
        }

        var current = Periods(date)[^1];
        var rest = Period(current.Number, date, current.End, current.FullStart, current.FullEnd);
        var credit = Round(Price.Amount * rest.ProrationDays / rest.ProrationBasis);
        var net = Round((change.NewPrice.Amount - Price.Amount) * rest.ProrationDays / rest.ProrationBasis);
        var debit = credit + net;

        var creditLine = new BillingLine(
            BillingLineKind.Credit, rest, credit, date, null,
            BillingReasonCodes.ChangeCredit.With(rest.ProrationDays, rest.ProrationBasis, rest.Start, rest.End, Price));
        var debitLine = new BillingLine(
            BillingLineKind.Charge, rest, debit, date, Term(debit, date),
            BillingReasonCodes.ChangeDebit.With(rest.ProrationDays, rest.ProrationBasis, rest.Start, rest.End, change.NewPrice));
        var continuation = End is { } last && current.End >= last
            ? null
            : new BillingContract(current.End.AddDays(1), End, change.NewPrice, Frequency, AnchorDay, Timing, Proration, PaymentTerm);
        return new ContractChangeResult(change, creditLine, debitLine, continuation);
    }

    /// <summary>Returns <c>1000.00 CNY Monthly from 2026-01-15 to 2026-12-31, anchor 1, InAdvance, ActualDays</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
        => $"{Price} {Frequency} from {Start:yyyy-MM-dd} to {(End is { } end ? end.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "open")}, anchor {AnchorDay}, {Timing}, {Proration}";

    internal static Money CheckPrice(Money price, string name)
    {
        if (price.Currency.IsDefault || !price.IsRounded)
        {
            throw new ArgumentException($"{name} needs a currency and whole minor units.", name);
        }

        Guard.Positive(price.Amount, name);
        return price.Amount <= Ledger.Document.MaxAmount
            ? price
            : throw Guard.OutOfRange(name, price.Amount, $"{name} is above the largest a document may carry, 10^18 (Document.MaxAmount).");
    }

    private static void CheckDate(DateOnly date, string name)
    {
        if (date < MinDate || date > MaxDate)
        {
            throw Guard.OutOfRange(name, date, $"{name} must be between 0100-01-01 and 9899-12-31.");
        }
    }

    private static int MonthIndex(DateOnly date) => (date.Year * 12) + date.Month - 1;

    /// <summary>Returns the number of whole periods from <paramref name="start"/> to <paramref name="end"/> counted by
    /// calendar months from the start day (capped), or null when the span is not a whole number of periods.</summary>
    private static int? WholePeriods(DateOnly start, DateOnly end, int months)
    {
        var next = end.AddDays(1);
        var diff = MonthIndex(next) - MonthIndex(start);
        return diff > 0 && diff % months == 0 && start.AddMonths(diff) == next ? diff / months : null;
    }

    private DateOnly Anchor(int monthIndex)
    {
        var year = monthIndex / 12;
        var month = (monthIndex % 12) + 1;
        return new DateOnly(year, month, Math.Min(AnchorDay, DateTime.DaysInMonth(year, month)));
    }

    /// <summary>The periods from the start up to the one containing <paramref name="limit"/> (or the contract end).</summary>
    private BillingPeriod[] Periods(DateOnly limit)
    {
        var months = Frequency.Months;
        var startMonth = MonthIndex(Start);
        var first = Anchor(startMonth) >= Start ? startMonth : startMonth + 1;
        var periods = new List<BillingPeriod>();
        if (Anchor(first) > Start)
        {
            var fullEnd = Anchor(first).AddDays(-1);
            periods.Add(Period(1, Start, End is { } e && e < fullEnd ? e : fullEnd, Anchor(first - months), fullEnd));
        }

        for (var k = 0; ; k++)
        {
            var periodStart = Anchor(first + (k * months));
            if (periodStart > limit || (End is { } end && periodStart > end))
            {
                break;
            }

            var fullEnd = Anchor(first + ((k + 1) * months)).AddDays(-1);
            periods.Add(Period(periods.Count + 1, periodStart, End is { } last && last < fullEnd ? last : fullEnd, periodStart, fullEnd));
        }

        return [.. periods];
    }

    private BillingPeriod Period(int number, DateOnly start, DateOnly end, DateOnly fullStart, DateOnly fullEnd)
    {
        if (start == fullStart && end == fullEnd)
        {
            var whole = Proration == ProrationConvention.Thirty360 ? 30 * Frequency.Months : fullEnd.DayNumber - fullStart.DayNumber + 1;
            return new BillingPeriod(number, start, end, fullStart, fullEnd, whole, whole);
        }

        if (Proration == ProrationConvention.Thirty360)
        {
            var basis = 30 * Frequency.Months;
            return new BillingPeriod(number, start, end, fullStart, fullEnd, Math.Min(LateChargePolicies.Days360(start, end.AddDays(1)), basis), basis);
        }

        return new BillingPeriod(number, start, end, fullStart, fullEnd, end.DayNumber - start.DayNumber + 1, fullEnd.DayNumber - fullStart.DayNumber + 1);
    }

    private Money Round(decimal amount) => new(Math.Round(amount, Price.Currency.MinorUnits, MidpointRounding.AwayFromZero), Price.Currency);

    private PaymentSchedule Term(Money amount, DateOnly invoiceDate)
        => PaymentTerm.Schedule(amount, new TermDates(invoiceDate) { DeliveryDate = invoiceDate, PostingDate = invoiceDate, OrderDate = invoiceDate });

    private Priced Priced(BillingPeriod[] periods)
    {
        var currency = Price.Currency;
        var partial = Enumerable.Range(0, periods.Length).Where(i => !periods[i].IsFull).ToArray();
        var fullCount = periods.Length - partial.Length;

        // Exact sum of the partial fractions as one fraction (at most two partial periods: the first and the last).
        long numerator = 0;
        long denominator = 1;
        foreach (var i in partial)
        {
            numerator = (numerator * periods[i].ProrationBasis) + (periods[i].ProrationDays * denominator);
            denominator *= periods[i].ProrationBasis;
        }

        var whole = End is { } end && periods.Length > 0 && periods[^1].End == end ? WholePeriods(Start, end, Frequency.Months) : null;
        var value = whole is { } n
            ? Price * n
            : Round(Price.Amount * ((fullCount * (decimal)denominator) + numerator) / denominator);
        var rest = value - (Price * fullCount);

        var amounts = new Money[periods.Length];
        var reasons = new Reason[periods.Length];
        for (var i = 0; i < periods.Length; i++)
        {
            amounts[i] = periods[i].IsFull ? Price : Money.Zero(currency);
            reasons[i] = BillingReasonCodes.FullPeriod.With(periods[i].Start, periods[i].End, Price);
        }

        if (partial.Length > 0 && !rest.IsZero)
        {
            decimal[] ratios = [.. partial.Select(i => (decimal)periods[i].ProrationDays / periods[i].ProrationBasis)];
            if (ratios.Sum() == 0m)
            {
                ratios = [.. partial.Select(i => (decimal)periods[i].Days)];
            }

            var shares = rest.Allocate(ratios, RemainderPolicies.LargestRemainder);
            for (var k = 0; k < partial.Length; k++)
            {
                amounts[partial[k]] = shares[k];
            }
        }

        foreach (var i in partial)
        {
            var p = periods[i];
            reasons[i] = whole is null
                ? BillingReasonCodes.ProratedPeriod.With(p.Start, p.End, p.ProrationDays, p.ProrationBasis, Proration, Price)
                : BillingReasonCodes.ContractRest.With(p.Start, p.End, p.ProrationDays, p.ProrationBasis, Proration, rest, value);
        }

        return new Priced(periods, amounts, reasons, value);
    }
}
