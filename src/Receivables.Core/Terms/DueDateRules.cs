using System.Globalization;
using Receivables.Calendars;
using Receivables.Internal;

namespace Receivables.Terms;

/// <summary>
/// The built-in due-date rules. Date-arithmetic rules are <see cref="DateFormula"/> values (each method says its
/// formula), so <c>DueDateRules.NetDays(30)</c>, <c>DateFormula.Parse("30D")</c> and the notation <c>NET 30</c> are
/// equal. Wrappers add SAP day limits, customer payment days and business-day adjustment.
/// </summary>
/// <remarks>All rules are immutable and thread-safe.</remarks>
public static class DueDateRules
{
    /// <summary>Gets the rule "due on the baseline date" (formula <c>0D</c>): cash on delivery, deposits.</summary>
    public static DateFormula Immediate { get; } = DateFormula.Days(0);

    /// <summary>Net N days (formula <c>nD</c>): 31 January 2026 + 30 days = 2 March 2026.</summary>
    /// <param name="days">Days after the baseline, 0 to <see cref="DateFormula.MaxNumber"/>.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is negative or above the limit.</exception>
    public static DateFormula NetDays(int days) => DateFormula.Days(Guard.InRange(days, 0, DateFormula.MaxNumber));

    /// <summary>
    /// End of month, then N days (formula <c>CM+nD</c>): what ERPNext ("Day(s) after the end of the invoice month"),
    /// Odoo 17 ("Days after end of month") and Business Central (<c>CM+30D</c>) mean by "30 days end of month":
    /// 15 January 2026 → 31 January → 2 March 2026. With 0 days it is the month end itself (<c>CM</c>).
    /// </summary>
    /// <param name="days">Days after the month end, 0 to <see cref="DateFormula.MaxNumber"/>.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is negative or above the limit.</exception>
    public static DateFormula EndOfMonthPlusDays(int days)
        => DateFormula.Of(Guard.InRange(days, 0, DateFormula.MaxNumber) == 0 ? "CM" : $"CM+{N(days)}D");

    /// <summary>
    /// N days, then end of month (formula <c>nD+CM</c>): what Odoo 16 means by "30 days end of month" (add the days,
    /// then go to the end of that month): 15 January 2026 → 14 February → 28 February 2026.
    /// </summary>
    /// <param name="days">Days after the baseline, 0 to <see cref="DateFormula.MaxNumber"/>.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is negative or above the limit.</exception>
    public static DateFormula DaysThenEndOfMonth(int days) => DateFormula.Of($"{N(Guard.InRange(days, 0, DateFormula.MaxNumber))}D+CM");

    /// <summary>
    /// N months after the end of the month (formula <c>CM+nM+CM</c>, snapping to month end): 10 January 2026 with 1
    /// month → 28 February 2026; 15 February 2026 with 1 month → 31 March 2026.
    /// </summary>
    /// <param name="months">Months after the month end, 0 to <see cref="DateFormula.MaxNumber"/>.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="months"/> is negative or above the limit.</exception>
    public static DateFormula MonthsAfterEndOfMonth(int months) => DateFormula.Of($"CM+{N(Guard.InRange(months, 0, DateFormula.MaxNumber))}M+CM");

    /// <summary>
    /// Day D of the next month, clamped to its length (formula <c>CM+1D+Dd</c>): day 31 from 10 January 2026 → 28
    /// February 2026; day 15 from 31 January 2026 → 15 February 2026.
    /// </summary>
    /// <param name="day">The day of the month, 1 to 31.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="day"/> is not 1 to 31.</exception>
    public static DateFormula DayOfNextMonth(int day) => DateFormula.Of($"CM+1D+D{N(Guard.InRange(day, 1, 31))}");

    /// <summary>
    /// Odoo's "N days end of month on the D": add N days, then day D of the month after that date's month (formula
    /// <c>nD+CM+1D+Dd</c>): 30 days on the 10th from 15 January 2026 → 14 February → 10 March 2026.
    /// </summary>
    /// <param name="days">Days after the baseline, 0 to <see cref="DateFormula.MaxNumber"/>.</param>
    /// <param name="day">The day of the following month, 1 to 31 (clamped).</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is negative or above the limit, or <paramref name="day"/> is not 1 to 31.</exception>
    public static DateFormula DaysThenDayOfFollowingMonth(int days, int day)
        => DateFormula.Of($"{N(Guard.InRange(days, 0, DateFormula.MaxNumber))}D+CM+1D+D{N(Guard.InRange(day, 1, 31))}");

    /// <summary>
    /// N months after the baseline keeping the day number, clamped (formula <c>nM</c>): 31 January 2026 + 1 month = 28
    /// February 2026; 29 February 2024 + 12 months = 28 February 2025.
    /// </summary>
    /// <param name="months">Months, 0 to <see cref="DateFormula.MaxNumber"/>.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="months"/> is negative or above the limit.</exception>
    public static DateFormula MonthsKeepingDay(int months) => DateFormula.Of($"{N(Guard.InRange(months, 0, DateFormula.MaxNumber))}M");

    /// <summary>A Business Central date formula, for example <c>CM+1M+10D</c> (see <see cref="DateFormula"/>).</summary>
    /// <param name="formula">The formula text.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="formula"/> is <see langword="null"/>.</exception>
    /// <exception cref="TermsFormatException">The text is not a formula; the exception gives the position.</exception>
    public static DateFormula Formula(string formula) => DateFormula.Parse(formula);

    /// <summary>
    /// SAP-style day limits: the first band whose <see cref="DayLimit.LastDay"/> is on or after the baseline's day
    /// decides the due date. Bands must be in increasing order of last day and the last must end on day 31.
    /// </summary>
    /// <param name="limits">The bands.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="limits"/> or an element is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">No band, bands out of order, or the last band does not end on day 31.</exception>
    public static IDueDateRule DayLimits(params DayLimit[] limits)
    {
        Guard.NotNull(limits);
        if (limits.Length == 0 || limits.Any(l => l is null) || limits[^1].LastDay != 31)
        {
            throw new ArgumentException("Day limits need at least one band, no null band, and the last band must end on day 31.", nameof(limits));
        }

        for (var i = 1; i < limits.Length; i++)
        {
            if (limits[i].LastDay <= limits[i - 1].LastDay)
            {
                throw new ArgumentException($"Day limit {N(i + 1)} (day {N(limits[i].LastDay)}) must come after day {N(limits[i - 1].LastDay)}.", nameof(limits));
            }
        }

        return new DayLimitsRule([.. limits]);
    }

    /// <summary>
    /// The usual SAP day limits: documents dated the 1st to 15th fall due on the 10th of the next month, the 16th to
    /// 31st on the 25th of the next month. 15 January 2026 → 10 February 2026; 16 January 2026 → 25 February 2026.
    /// </summary>
    /// <returns>The rule.</returns>
    public static IDueDateRule SapDayLimits() => DayLimits(new DayLimit(15, 10, 1), new DayLimit(31, 25, 1));

    /// <summary>
    /// Moves the date of <paramref name="rule"/> forward to the customer's next payment day (on or after it) outside
    /// every non-payment period. A customer who pays on the 5th and 20th: due 8 March → 20 March; with August as
    /// non-payment period, due 10 August → 5 September.
    /// </summary>
    /// <param name="rule">The underlying rule.</param>
    /// <param name="paymentDays">Days of the month the customer pays (1 to 31, clamped to the month's length); empty means
    /// any day.</param>
    /// <param name="nonPaymentPeriods">Periods in which the customer pays nothing; may be empty.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentNullException">An argument or element is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A payment day is not 1 to 31.</exception>
    /// <exception cref="ArgumentException">The non-payment periods cover the whole year.</exception>
    public static IDueDateRule WithPaymentDays(IDueDateRule rule, IReadOnlyList<int> paymentDays, IReadOnlyList<NonPaymentPeriod> nonPaymentPeriods)
    {
        Guard.NotNull(rule);
        Guard.NotNull(paymentDays);
        Guard.NotNull(nonPaymentPeriods);
        foreach (var day in paymentDays)
        {
            Guard.InRange(day, 1, 31, nameof(paymentDays));
        }

        foreach (var period in nonPaymentPeriods)
        {
            Guard.NotNull(period, nameof(nonPaymentPeriods));
        }

        var leapYear = new DateOnly(2024, 1, 1);
        if (Enumerable.Range(0, 366).All(d => nonPaymentPeriods.Any(p => p.Contains(leapYear.AddDays(d)))))
        {
            throw new ArgumentException("The non-payment periods cover the whole year.", nameof(nonPaymentPeriods));
        }

        return new PaymentDaysRule(rule, [.. paymentDays.Distinct().Order()], [.. nonPaymentPeriods]);
    }

    /// <summary>
    /// Adjusts the date of <paramref name="rule"/> to a business day of <paramref name="calendar"/> by
    /// <paramref name="convention"/>. If a preceding convention would move the date before the baseline, the next
    /// business day is taken instead, so the result is never before the baseline and always a business day.
    /// </summary>
    /// <param name="rule">The underlying rule.</param>
    /// <param name="calendar">The calendar.</param>
    /// <param name="convention">The convention.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> or <paramref name="calendar"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="convention"/> is not defined.</exception>
    public static IDueDateRule Adjusted(IDueDateRule rule, IBusinessCalendar calendar, BusinessDayConvention convention)
        => new AdjustedRule(Guard.NotNull(rule), Guard.NotNull(calendar), Guard.Defined(convention));

    internal static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    private sealed record DayLimitsRule(DayLimit[] Limits) : IDueDateRule
    {
        public DateOnly DueDate(in DueDateArguments arguments)
        {
            var baseline = arguments.Baseline;
            var band = Limits.First(l => baseline.Day <= l.LastDay);
            var month = new DateOnly(baseline.Year, baseline.Month, 1).AddMonths(band.MonthsAhead);
            return new DateOnly(month.Year, month.Month, Math.Min(band.DueDay, DateTime.DaysInMonth(month.Year, month.Month)));
        }

        public bool Equals(DayLimitsRule? other) => other is not null && Limits.SequenceEqual(other.Limits);

        public override int GetHashCode() => Limits.Length;

        public override string ToString()
            => "day limits " + string.Join(", ", Limits.Select(l => $"≤{N(l.LastDay)}: day {N(l.DueDay)} +{N(l.MonthsAhead)}M"));
    }

    private sealed record PaymentDaysRule(IDueDateRule Inner, int[] Days, NonPaymentPeriod[] Periods) : IDueDateRule
    {
        public DateOnly DueDate(in DueDateArguments arguments)
        {
            var baseline = arguments.Baseline;
            var date = Inner.DueDate(baseline);
            if (date < baseline)
            {
                date = baseline;
            }

            for (var i = 0; i < 800; i++, date = date.AddDays(1))
            {
                if (IsPaymentDay(date) && !Periods.Any(p => p.Contains(date)))
                {
                    return date;
                }
            }

            throw new InvalidOperationException($"No payment day found within 800 days after {date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.");
        }

        public bool Equals(PaymentDaysRule? other)
            => other is not null && Inner.Equals(other.Inner) && Days.SequenceEqual(other.Days) && Periods.SequenceEqual(other.Periods);

        public override int GetHashCode() => HashCode.Combine(Inner, Days.Length, Periods.Length);

        public override string ToString()
            => $"{Inner} on payment days {(Days.Length == 0 ? "any" : string.Join("/", Days.Select(N)))}"
                + (Periods.Length == 0 ? string.Empty : " except " + string.Join(", ", Periods.Select(Period)));

        private static string Period(NonPaymentPeriod p)
            => string.Create(CultureInfo.InvariantCulture, $"{p.StartMonth:00}-{p.StartDay:00}..{p.EndMonth:00}-{p.EndDay:00}");

        private bool IsPaymentDay(DateOnly date)
        {
            if (Days.Length == 0)
            {
                return true;
            }

            var length = DateTime.DaysInMonth(date.Year, date.Month);
            return Days.Any(d => Math.Min(d, length) == date.Day);
        }
    }

    private sealed record AdjustedRule(IDueDateRule Inner, IBusinessCalendar Calendar, BusinessDayConvention Convention) : IDueDateRule
    {
        public DateOnly DueDate(in DueDateArguments arguments)
        {
            var baseline = arguments.Baseline;
            var date = Inner.DueDate(baseline);
            if (date < baseline)
            {
                date = baseline;
            }

            var adjusted = Calendar.Adjust(date, Convention);
            return adjusted < baseline ? Calendar.Adjust(date, BusinessDayConvention.Following) : adjusted;
        }

        public override string ToString() => $"{Inner} adjusted {Convention} on {Calendar}";
    }
}
