using Receivables.Internal;

namespace Receivables.Terms;

/// <summary>
/// ERPNext's "Due Date Based On" (and "Discount Validity Based On") options, one method each, so a migration maps a
/// Payment Term's fields one to one to a <see cref="DateFormula"/>. Source: <c>get_due_date</c> and
/// <c>get_discount_date</c> in <c>erpnext/controllers/accounts_controller.py</c>.
/// </summary>
/// <remarks>
/// Stateless and thread-safe. "Month(s) after the end of the invoice month" changed: until pull request #33183
/// (November 2022, issue #22201) the due date was the invoice month's end plus N months keeping the day
/// (<c>add_months(get_last_day(date), n)</c>: 11 June 2020 → 30 June → 30 July), since then the end of the month N
/// months later (<c>get_last_day(add_months(date, n))</c>: → 31 July). The discount date followed in pull request
/// #42564 (July 2024). Documents posted before the fix, or discount dates before 2024, need
/// <c>beforeFix: true</c> to reproduce what ERPNext stored.
/// </remarks>
public static class ErpNextDueDates
{
    /// <summary>"Day(s) after invoice date": <c>credit_days</c> after the invoice (or bill) date, formula <c>nD</c>.</summary>
    /// <param name="creditDays">The <c>credit_days</c> field, 0 to <see cref="DateFormula.MaxNumber"/>.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="creditDays"/> is out of range.</exception>
    public static DateFormula DaysAfterInvoiceDate(int creditDays) => DueDateRules.NetDays(creditDays);

    /// <summary>"Day(s) after the end of the invoice month": formula <c>CM+nD</c>. The ERPNext manual's example: 7 days
    /// after the end of a month ending on the 30th is the 7th of the next month.</summary>
    /// <param name="creditDays">The <c>credit_days</c> field, 0 to <see cref="DateFormula.MaxNumber"/>.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="creditDays"/> is out of range.</exception>
    public static DateFormula DaysAfterEndOfInvoiceMonth(int creditDays) => DueDateRules.EndOfMonthPlusDays(creditDays);

    /// <summary>"Month(s) after the end of the invoice month": the end of the month <c>credit_months</c> later, formula
    /// <c>CM+nM+CM</c> (11 June 2020, 1 month → 31 July 2020); with <paramref name="beforeFix"/> the behaviour before
    /// ERPNext's fixes, <c>CM+nM</c> (→ 30 July 2020).</summary>
    /// <param name="creditMonths">The <c>credit_months</c> field, 0 to <see cref="DateFormula.MaxNumber"/>.</param>
    /// <param name="beforeFix">Whether to reproduce the rule before pull request #33183 (due dates, 2022) or #42564
    /// (discount dates, 2024). The default value is <see langword="false"/>.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="creditMonths"/> is out of range.</exception>
    public static DateFormula MonthsAfterEndOfInvoiceMonth(int creditMonths, bool beforeFix = false)
        => beforeFix
            ? DateFormula.Of("CM+" + DueDateRules.N(Guard.InRange(creditMonths, 0, DateFormula.MaxNumber)) + "M")
            : DueDateRules.MonthsAfterEndOfMonth(creditMonths);

    /// <summary>Maps a Payment Term's stored fields: <c>due_date_based_on</c> (or <c>discount_validity_based_on</c>),
    /// <c>credit_days</c> and <c>credit_months</c> (or <c>discount_validity</c> for both).</summary>
    /// <param name="basedOn">The option text as stored: <c>Day(s) after invoice date</c>, <c>Day(s) after the end of the
    /// invoice month</c> or <c>Month(s) after the end of the invoice month</c>.</param>
    /// <param name="creditDays">The days (used by the two day options).</param>
    /// <param name="creditMonths">The months (used by the month option).</param>
    /// <param name="beforeFix">See <see cref="MonthsAfterEndOfInvoiceMonth"/>. The default value is <see langword="false"/>.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="basedOn"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="basedOn"/> is not one of the three options.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The number the option uses is out of range.</exception>
    public static DateFormula FromFields(string basedOn, int creditDays, int creditMonths, bool beforeFix = false)
        => Guard.NotNull(basedOn) switch
        {
            "Day(s) after invoice date" => DaysAfterInvoiceDate(creditDays),
            "Day(s) after the end of the invoice month" => DaysAfterEndOfInvoiceMonth(creditDays),
            "Month(s) after the end of the invoice month" => MonthsAfterEndOfInvoiceMonth(creditMonths, beforeFix),
            _ => throw new ArgumentException("basedOn is not an ERPNext option: '" + basedOn + "'.", nameof(basedOn)),
        };
}
