using Receivables.Internal;

namespace Receivables.Terms;

/// <summary>
/// Odoo's payment-term line fields, one method per Odoo model, so a migration maps each line's stored fields one to
/// one to a <see cref="DateFormula"/> (the catalogue in <see cref="DueDateRules"/> gives the same objects, so equal
/// rules compare equal whichever way they were built). Sources: <c>account.payment.term.line</c> in Odoo 14/15
/// (<c>compute</c>), 16 and 17/18 (<c>_get_due_date</c>).
/// </summary>
/// <remarks>
/// Stateless and thread-safe. One difference from Odoo stays: a payment schedule never lets a due date fall before its
/// baseline (Odoo 15's <c>day_current_month</c> on the 5th for an invoice of the 20th is the 5th, in the past; here it
/// is clamped to the invoice date).
/// </remarks>
public static class OdooDueDates
{
    /// <summary>
    /// Odoo 13 to 15: the line's <c>option</c>, <c>days</c> and <c>day_of_the_month</c>.
    /// <list type="bullet">
    /// <item><c>day_after_invoice_date</c>: days after the invoice date, then, when <c>day_of_the_month</c> is above 0,
    /// the next such day (this month or the next, clamped): formula <c>nD</c> or <c>nD+Dd</c>.</item>
    /// <item><c>after_invoice_month</c>: days after the end of the invoice month: <c>CM+nD</c>.</item>
    /// <item><c>day_following_month</c>: day <c>days</c> of the following month (clamped): <c>CM+1D+Dn</c>.</item>
    /// <item><c>day_current_month</c>: day <c>days</c> of the invoice month (clamped): <c>-CM+Dn</c>.</item>
    /// </list>
    /// 15 January 2026, <c>day_after_invoice_date</c>, 30 days, day of the month 10 → 14 February → 10 March 2026.
    /// </summary>
    /// <param name="option">The <c>option</c> field's value, as stored.</param>
    /// <param name="days">The <c>days</c> field: 0 to <see cref="DateFormula.MaxNumber"/>; for the two "of the month"
    /// options the day, 1 or more (above 31 means the month's last day, as in Odoo).</param>
    /// <param name="dayOfTheMonth">The <c>day_of_the_month</c> field: 0 or less is ignored; above 31 means the last day.
    /// The default value is 0.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="option"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="option"/> is not one of the four values.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is out of range.</exception>
    public static DateFormula Odoo15(string option, int days, int dayOfTheMonth = 0)
    {
        Guard.NotNull(option);
        switch (option)
        {
            case "day_after_invoice_date":
                Guard.InRange(days, 0, DateFormula.MaxNumber);
                return dayOfTheMonth <= 0 ? DueDateRules.NetDays(days) : DateFormula.Of($"{N(days)}D+D{N(Math.Min(dayOfTheMonth, 31))}");
            case "after_invoice_month":
                return DueDateRules.EndOfMonthPlusDays(Guard.InRange(days, 0, DateFormula.MaxNumber));
            case "day_following_month":
                return DueDateRules.DayOfNextMonth(Math.Min(Guard.InRange(days, 1, DateFormula.MaxNumber), 31));
            case "day_current_month":
                return DateFormula.Of($"-CM+D{N(Math.Min(Guard.InRange(days, 1, DateFormula.MaxNumber), 31))}");
            default:
                throw new ArgumentException(
                    "option must be day_after_invoice_date, after_invoice_month, day_following_month or day_current_month, not '" + option + "'.",
                    nameof(option));
        }
    }

    /// <summary>
    /// Odoo 16: the line's <c>months</c>, <c>days</c>, <c>end_month</c> and <c>days_after</c>: add the months, then the
    /// days, then (with <c>end_month</c>) go to the end of that month and add <c>days_after</c>. Formula
    /// <c>mM+nD</c> or <c>mM+nD+CM+aD</c> (zero terms left out, <c>0D</c> when nothing is left). Negative days are
    /// allowed (end of month − 5 days is <c>days_after</c> −5); a schedule clamps a date before the baseline to it.
    /// 15 January 2026, 1 month, 0 days, end of month, −5 → 15 February → 28 February → 23 February 2026.
    /// </summary>
    /// <param name="months">The <c>months</c> field, 0 to <see cref="DateFormula.MaxNumber"/>.</param>
    /// <param name="days">The <c>days</c> field, −<see cref="DateFormula.MaxNumber"/> to <see cref="DateFormula.MaxNumber"/>.</param>
    /// <param name="endMonth">The <c>end_month</c> field.</param>
    /// <param name="daysAfter">The <c>days_after</c> field (used only with <paramref name="endMonth"/>), −<see cref="DateFormula.MaxNumber"/>
    /// to <see cref="DateFormula.MaxNumber"/>. The default value is 0.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A number is out of range.</exception>
    public static DateFormula Odoo16(int months, int days, bool endMonth, int daysAfter = 0)
    {
        Guard.InRange(months, 0, DateFormula.MaxNumber);
        Guard.InRange(days, -DateFormula.MaxNumber, DateFormula.MaxNumber);
        Guard.InRange(daysAfter, -DateFormula.MaxNumber, DateFormula.MaxNumber);
        var terms = new List<string>();
        if (months != 0)
        {
            terms.Add(N(months) + "M");
        }

        if (days != 0 || (terms.Count == 0 && !endMonth))
        {
            terms.Add(N(days) + "D");
        }

        if (endMonth)
        {
            terms.Add("CM");
            if (daysAfter != 0)
            {
                terms.Add(N(daysAfter) + "D");
            }
        }

        return DateFormula.Of(Join(terms));
    }

    /// <summary>
    /// Odoo 17 and 18: the line's <c>delay_type</c>, <c>nb_days</c> and <c>days_next_month</c>.
    /// <list type="bullet">
    /// <item><c>days_after</c>: <c>nD</c>.</item>
    /// <item><c>days_after_end_of_month</c>: <c>CM+nD</c>.</item>
    /// <item><c>days_after_end_of_next_month</c>: <c>1M+CM+nD</c> (end of the next month, then the days).</item>
    /// <item><c>days_end_of_month_on_the</c>: add the days, then day <c>days_next_month</c> of the following month,
    /// capped at that month's last day: <c>nD+CM+1D+Dd</c>; day 0 means the end of the month reached by the days:
    /// <c>nD+CM</c>.</item>
    /// </list>
    /// 15 January 2026, <c>days_end_of_month_on_the</c>, 30 days, on the 31st → 14 February → 31 March 2026; on the
    /// 30th from 15 December 2025 → 14 January → 28 February 2026 (capped).
    /// </summary>
    /// <param name="delayType">The <c>delay_type</c> field's value, as stored.</param>
    /// <param name="nbDays">The <c>nb_days</c> field, −<see cref="DateFormula.MaxNumber"/> to <see cref="DateFormula.MaxNumber"/>.</param>
    /// <param name="daysNextMonth">The <c>days_next_month</c> field, 0 to 31 (used only by <c>days_end_of_month_on_the</c>).
    /// The default value is 10, Odoo's default.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="delayType"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="delayType"/> is not one of the four values.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A number is out of range.</exception>
    public static DateFormula Odoo17(string delayType, int nbDays, int daysNextMonth = 10)
    {
        Guard.NotNull(delayType);
        Guard.InRange(nbDays, -DateFormula.MaxNumber, DateFormula.MaxNumber);
        Guard.InRange(daysNextMonth, 0, 31);
        return delayType switch
        {
            "days_after" => nbDays >= 0 ? DueDateRules.NetDays(nbDays) : DateFormula.Of(N(nbDays) + "D"),
            "days_after_end_of_month" => nbDays == 0 ? DueDateRules.EndOfMonthPlusDays(0) : DateFormula.Of("CM" + Signed(nbDays) + "D"),
            "days_after_end_of_next_month" => DateFormula.Of(nbDays == 0 ? "1M+CM" : "1M+CM" + Signed(nbDays) + "D"),
            "days_end_of_month_on_the" => DateFormula.Of(N(nbDays) + "D+CM" + (daysNextMonth == 0 ? string.Empty : "+1D+D" + N(daysNextMonth))),
            _ => throw new ArgumentException(
                "delayType must be days_after, days_after_end_of_month, days_after_end_of_next_month or days_end_of_month_on_the, not '" + delayType + "'.",
                nameof(delayType)),
        };
    }

    private static string N(int value) => DueDateRules.N(value);

    private static string Signed(int value) => value < 0 ? N(value) : "+" + N(value);

    private static string Join(List<string> terms)
        => string.Concat(terms.Select((t, i) => i == 0 || t.StartsWith('-') ? t : "+" + t));
}
