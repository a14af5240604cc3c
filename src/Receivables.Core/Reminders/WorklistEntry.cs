using Receivables.Internal;
namespace Receivables.Reminders;

/// <summary>One customer on the collector worklist: rank, collector, amount, score and why.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Rank">The rank, from 1.</param>
/// <param name="Customer">The customer.</param>
/// <param name="Collector">The collector assigned, or <see langword="null"/> when unassigned.</param>
/// <param name="Overdue">The amount in the proposals, in the worklist currency.</param>
/// <param name="OldestDaysPastDue">The most days past due of an item proposed.</param>
/// <param name="HighestLevel">The highest level proposed.</param>
/// <param name="Score">The score and its reasons.</param>
public sealed record WorklistEntry(int Rank, CustomerId Customer, string? Collector, Money Overdue, int OldestDaysPastDue, int HighestLevel, WorklistScore Score)
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(WorklistEntry), PrintMembers);
}
