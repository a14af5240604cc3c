using System.Collections.Immutable;
using Receivables.Internal;

namespace Receivables.Aging;

/// <summary>How the aging moved between two reports of the same scheme (last month against this month): movement per
/// bucket per currency, and the customers whose overdue share grew most.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="PreviousAsOf">The as-of date of the earlier report.</param>
/// <param name="CurrentAsOf">The as-of date of the later report.</param>
/// <param name="Sections">One section per currency present in either report, ordered by currency code.</param>
public sealed record AgingTrend(DateOnly PreviousAsOf, DateOnly CurrentAsOf, ImmutableArray<AgingTrendSection> Sections)
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(AgingTrend), PrintMembers);

    /// <summary>Compares two reports.</summary>
    /// <param name="previous">The earlier report.</param>
    /// <param name="current">The later report, same scheme.</param>
    /// <param name="top">How many customers to list per currency, ≥ 1. The default value is 10.</param>
    /// <returns>The trend.</returns>
    /// <exception cref="ArgumentNullException">A report is null.</exception>
    /// <exception cref="ArgumentException">The schemes differ.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="top"/> is not positive.</exception>
    public static AgingTrend Compare(AgingReport previous, AgingReport current, int top = 10)
    {
        Guard.NotNull(previous);
        Guard.NotNull(current);
        Guard.Positive(top);
        if (!previous.Scheme.Equals(current.Scheme))
        {
            throw new ArgumentException("The reports use different schemes; compare reports of the same scheme.", nameof(current));
        }

        var scheme = current.Scheme;
        var currencies = previous.Sections.Select(s => s.Currency).Union(current.Sections.Select(s => s.Currency)).OrderBy(c => c.Code, StringComparer.Ordinal);
        var sections = new List<AgingTrendSection>();
        foreach (var currency in currencies)
        {
            previous.TryGetSection(currency, out var before);
            current.TryGetSection(currency, out var after);
            var movements = scheme.Buckets.Select(b => new Money(
                (after?.BucketTotals[b.Index].Amount ?? 0m) - (before?.BucketTotals[b.Index].Amount ?? 0m), currency)).ToImmutableArray();
            var keys = (before?.Lines.Select(l => l.Key) ?? []).Union(after?.Lines.Select(l => l.Key) ?? [], StringComparer.Ordinal);
            var changes = keys
                .Select(k => new OverdueShareChange(k, Share(before, k, scheme), Share(after, k, scheme)))
                .Where(c => c.Change > 0m)
                .OrderByDescending(c => c.Change)
                .ThenBy(c => c.Customer, StringComparer.Ordinal)
                .Take(top);
            sections.Add(new AgingTrendSection(currency, movements, new Money(movements.Sum(m => m.Amount), currency), [.. changes]));
        }

        return new AgingTrend(previous.AsOf, current.AsOf, [.. sections]);
    }

    private static decimal Share(AgingSection? section, string key, AgingScheme scheme)
        => section is not null && section.TryGetLine(key, out var line) && line.Total.IsPositive
            ? line.Overdue(scheme).Amount / line.Total.Amount
            : 0m;
}
