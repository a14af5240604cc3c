using Receivables.Internal;

namespace Receivables.Analytics;

/// <summary>
/// One group's payment behaviour in a period beside the previous period, with the changes (current minus previous).
/// A change is <see langword="null"/> when the group has no payments in one of the two periods.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Key">The group.</param>
/// <param name="Currency">The currency.</param>
/// <param name="Current">The behaviour in the period, or <see langword="null"/> when the group paid nothing in it.</param>
/// <param name="Previous">The behaviour in the previous period, or <see langword="null"/> when the group paid
/// nothing in it.</param>
public sealed record BehaviourChange(string Key, Currency Currency, SegmentBehaviour? Current, SegmentBehaviour? Previous)
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(BehaviourChange), PrintMembers);

    /// <summary>Gets the change of the amount-weighted average days to pay, in days (positive = slower).</summary>
    public decimal? DaysToPayChange => Both ? Current!.Behaviour.AverageDaysToPay - Previous!.Behaviour.AverageDaysToPay : null;

    /// <summary>Gets the change of the amount-weighted average days beyond terms, in days (positive = later).</summary>
    public decimal? DaysBeyondTermsChange => Both ? Current!.Behaviour.AverageDaysBeyondTerms - Previous!.Behaviour.AverageDaysBeyondTerms : null;

    /// <summary>Gets the change of the share of the amount paid late (0 to 1 scale; 0.05 = five points more).</summary>
    public decimal? LateShareChange => Both ? Current!.Behaviour.LateShare - Previous!.Behaviour.LateShare : null;

    /// <summary>Gets the change of the share of the records paid late (0 to 1 scale).</summary>
    public decimal? LateCountShareChange => Both ? Current!.LateCountShare - Previous!.LateCountShare : null;

    /// <summary>Gets the change of the payment index, in points (negative = paying worse).</summary>
    public double? PaymentIndexChange => Both ? Current!.PaymentIndex - Previous!.PaymentIndex : null;

    private bool Both => Current is not null && Previous is not null;

    /// <summary>Pairs the groups of two periods by key and currency.</summary>
    /// <param name="current">The behaviour in the period.</param>
    /// <param name="previous">The behaviour in the previous period.</param>
    /// <returns>One change per group and currency present in either period, ordered by key (ordinal), then currency
    /// code.</returns>
    /// <exception cref="ArgumentNullException">An argument or an element is null.</exception>
    /// <exception cref="ArgumentException">A group and currency appears twice in one period.</exception>
    public static IReadOnlyList<BehaviourChange> Compare(IEnumerable<SegmentBehaviour> current, IEnumerable<SegmentBehaviour> previous)
    {
        var now = Index(Guard.NotNull(current), nameof(current));
        var before = Index(Guard.NotNull(previous), nameof(previous));
        return [.. now.Keys.Union(before.Keys)
            .OrderBy(k => k.Key, StringComparer.Ordinal)
            .ThenBy(k => k.Currency, StringComparer.Ordinal)
            .Select(k =>
            {
                var c = now.GetValueOrDefault(k);
                var p = before.GetValueOrDefault(k);
                return new BehaviourChange(k.Key, (c ?? p)!.Currency, c, p);
            })];
    }

    private static Dictionary<(string Key, string Currency), SegmentBehaviour> Index(IEnumerable<SegmentBehaviour> lines, string name)
    {
        var map = new Dictionary<(string Key, string Currency), SegmentBehaviour>();
        foreach (var line in lines)
        {
            if (line is null)
            {
                throw new ArgumentNullException(name, "A behaviour line is null.");
            }

            if (!map.TryAdd((line.Key, line.Currency.Code), line))
            {
                throw new ArgumentException($"The group '{line.Key}' in {line.Currency.Code} appears twice.", name);
            }
        }

        return map;
    }
}
