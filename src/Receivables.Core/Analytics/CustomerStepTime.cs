using Receivables.Internal;
namespace Receivables.Analytics;

/// <summary>The time one customer's items spent in one step.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Customer">The customer.</param>
/// <param name="CompletedCount">The items that completed the step.</param>
/// <param name="OpenCount">The items still in the step on the as-of date.</param>
/// <param name="AverageDays">The mean days of the completed items, or <see langword="null"/> when none completed.</param>
/// <param name="LongestDays">The longest days of any item, completed or still in the step (counted to the as-of
/// date).</param>
public sealed record CustomerStepTime(CustomerId Customer, int CompletedCount, int OpenCount, decimal? AverageDays, int LongestDays)
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(CustomerStepTime), PrintMembers);
}
