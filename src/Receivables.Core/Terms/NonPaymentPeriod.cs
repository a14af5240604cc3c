using Receivables.Internal;

namespace Receivables.Terms;

/// <summary>
/// A period of the year in which a customer pays nothing (for example 1–31 August), recurring every year. A period whose
/// end comes before its start wraps over the year end (20 December – 5 January).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record NonPaymentPeriod
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(NonPaymentPeriod), PrintMembers);

    /// <summary>Initializes a period.</summary>
    /// <param name="startMonth">First month, 1 to 12.</param>
    /// <param name="startDay">First day, 1 to the month's length (29 for February).</param>
    /// <param name="endMonth">Last month, 1 to 12.</param>
    /// <param name="endDay">Last day (inclusive), 1 to the month's length (29 for February).</param>
    /// <exception cref="ArgumentOutOfRangeException">A month or day is out of range.</exception>
    public NonPaymentPeriod(int startMonth, int startDay, int endMonth, int endDay)
    {
        StartMonth = Guard.InRange(startMonth, 1, 12);
        StartDay = Guard.InRange(startDay, 1, DateTime.DaysInMonth(2024, startMonth));
        EndMonth = Guard.InRange(endMonth, 1, 12);
        EndDay = Guard.InRange(endDay, 1, DateTime.DaysInMonth(2024, endMonth));
    }

    /// <summary>Gets the first month.</summary>
    public int StartMonth { get; }

    /// <summary>Gets the first day.</summary>
    public int StartDay { get; }

    /// <summary>Gets the last month.</summary>
    public int EndMonth { get; }

    /// <summary>Gets the last day (inclusive).</summary>
    public int EndDay { get; }

    /// <summary>Returns whether the date falls inside the period (in any year).</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when no payment is made on that date.</returns>
    public bool Contains(DateOnly date)
    {
        var day = (date.Month * 100) + date.Day;
        var start = (StartMonth * 100) + StartDay;
        var end = (EndMonth * 100) + EndDay;
        return start <= end ? day >= start && day <= end : day >= start || day <= end;
    }
}
