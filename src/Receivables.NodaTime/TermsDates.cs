using NodaTime;
using Receivables.Terms;

namespace Receivables.NodaTime;

/// <summary>Payment terms with NodaTime dates and periods.</summary>
/// <remarks>All members are pure and thread-safe.</remarks>
public static class TermsDates
{
    /// <summary>The due date a rule gives for a baseline date.</summary>
    /// <param name="rule">The rule.</param>
    /// <param name="baseline">The baseline (usually the document date).</param>
    /// <returns>The due date.</returns>
    public static LocalDate DueDate(this IDueDateRule rule, LocalDate baseline) => LedgerDates.NotNull(rule).DueDate(baseline.ToDateOnly()).ToLocalDate();

    /// <summary>The dates a schedule is computed from, with a NodaTime document date.</summary>
    /// <param name="documentDate">The document date.</param>
    /// <param name="deliveryDate">The delivery date, or <see langword="null"/>.</param>
    /// <param name="postingDate">The posting date, or <see langword="null"/>.</param>
    /// <returns>The term dates.</returns>
    public static TermDates TermDatesOf(LocalDate documentDate, LocalDate? deliveryDate = null, LocalDate? postingDate = null)
        => new(documentDate.ToDateOnly()) { DeliveryDate = deliveryDate?.ToDateOnly(), PostingDate = postingDate?.ToDateOnly() };

    /// <summary>A due-date rule that adds a NodaTime <see cref="Period"/> to the baseline with NodaTime's arithmetic
    /// (months first, day clamped to the month's end: 31 January + 1 month is 28 or 29 February).</summary>
    /// <param name="period">A date-only period (years, months, weeks, days), not negative overall.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentException">The period has a time part, or moves dates backwards.</exception>
    public static IDueDateRule After(Period period)
    {
        LedgerDates.NotNull(period);
        if (period.HasTimeComponent)
        {
            throw new ArgumentException($"The period {period} has a time part; a due-date rule takes years, months, weeks and days only.", nameof(period));
        }

        var probe = new LocalDate(2024, 1, 31);
        if (probe.Plus(period) < probe)
        {
            throw new ArgumentException($"The period {period} moves dates backwards; a due date is on or after its baseline.", nameof(period));
        }

        return new PeriodRule(period);
    }

    private sealed class PeriodRule(Period period) : IDueDateRule
    {
        public DateOnly DueDate(in DueDateArguments arguments)
        {
            var baseline = arguments.Baseline;
            var due = baseline.ToLocalDate().Plus(period);
            return due < baseline.ToLocalDate() ? baseline : due.ToDateOnly();
        }

        public override string ToString() => "After(" + period + ")";
    }
}
