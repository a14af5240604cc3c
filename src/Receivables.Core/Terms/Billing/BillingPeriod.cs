using Receivables.Internal;
namespace Receivables.Terms.Billing;

/// <summary>
/// The service dates a billing line covers: <see cref="Start"/> to <see cref="End"/>, both inclusive, inside the full
/// anchor-aligned billing period <see cref="FullStart"/> to <see cref="FullEnd"/>, and the share of that full period
/// under the contract's <see cref="ProrationConvention"/>.
/// </summary>
/// <remarks>Immutable and thread-safe. Dates are inclusive: 1 to 31 January is 31 days.</remarks>
public sealed record BillingPeriod
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(BillingPeriod), PrintMembers);

    internal BillingPeriod(int number, DateOnly start, DateOnly end, DateOnly fullStart, DateOnly fullEnd, int prorationDays, int prorationBasis)
    {
        Number = number;
        Start = start;
        End = end;
        FullStart = fullStart;
        FullEnd = fullEnd;
        ProrationDays = prorationDays;
        ProrationBasis = prorationBasis;
    }

    /// <summary>Gets the 1-based number of the period in the contract's schedule.</summary>
    public int Number { get; }

    /// <summary>Gets the first day of service.</summary>
    public DateOnly Start { get; }

    /// <summary>Gets the last day of service (inclusive).</summary>
    public DateOnly End { get; }

    /// <summary>Gets the first day of the full billing period this period belongs to (an anchor date).</summary>
    public DateOnly FullStart { get; }

    /// <summary>Gets the last day of the full billing period this period belongs to (the day before the next anchor date).</summary>
    public DateOnly FullEnd { get; }

    /// <summary>Gets the calendar days from <see cref="Start"/> to <see cref="End"/>, inclusive.</summary>
    public int Days => End.DayNumber - Start.DayNumber + 1;

    /// <summary>Gets the calendar days of the full billing period, inclusive.</summary>
    public int FullDays => FullEnd.DayNumber - FullStart.DayNumber + 1;

    /// <summary>Gets whether the period is the whole billing period (it then costs exactly the price).</summary>
    public bool IsFull => Start == FullStart && End == FullEnd;

    /// <summary>Gets the days counted by the proration convention (equal to <see cref="ProrationBasis"/> for a full period).</summary>
    public int ProrationDays { get; }

    /// <summary>Gets the days of the full period counted by the proration convention: its actual days
    /// (<see cref="ProrationConvention.ActualDays"/>) or 30 per month (<see cref="ProrationConvention.Thirty360"/>).</summary>
    public int ProrationBasis { get; }

    /// <summary>Gets <see cref="ProrationDays"/> ÷ <see cref="ProrationBasis"/>: 1 for a full period, between 0 and 1 otherwise.</summary>
    public decimal Fraction => (decimal)ProrationDays / ProrationBasis;
}
