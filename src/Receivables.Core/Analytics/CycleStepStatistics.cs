using Receivables.Internal;
using System.Collections.Immutable;

namespace Receivables.Analytics;

/// <summary>
/// The time items spend in one step of the collection cycle, for one group or for all: how many completed it and how
/// many are still in it, the median and the 90th percentile of the completed durations (nearest rank,
/// <see cref="Percentiles.NearestRank"/>), and the items and customers that spend longest in it.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Step">The step.</param>
/// <param name="Key">The group, or <see langword="null"/> for all groups together.</param>
/// <param name="CompletedCount">The items that completed the step.</param>
/// <param name="OpenCount">The items still in the step on the as-of date (censored; not in the percentiles).</param>
/// <param name="MedianDays">The median days of the completed items (nearest rank: the lower middle of an even
/// count), or <see langword="null"/> when none completed.</param>
/// <param name="Percentile90Days">The 90th percentile days of the completed items (nearest rank), or
/// <see langword="null"/> when none completed.</param>
/// <param name="LongestItems">The items with the most days in the step, completed or open (open ones counted to the
/// as-of date), longest first, then by item id (ordinal).</param>
/// <param name="LongestCustomers">The customers whose items spend longest in the step (by their longest item, then
/// their average, then id), longest first.</param>
public sealed record CycleStepStatistics(
    CollectionStep Step,
    string? Key,
    int CompletedCount,
    int OpenCount,
    int? MedianDays,
    int? Percentile90Days,
    ImmutableArray<StepDuration> LongestItems,
    ImmutableArray<CustomerStepTime> LongestCustomers)
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(CycleStepStatistics), PrintMembers);
}
