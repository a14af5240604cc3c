using System.Collections.Immutable;
using System.Globalization;
using Receivables.Internal;
using Receivables.Ledger;

namespace Receivables.Aging.Provisioning;

/// <summary>
/// Fixed provision percentages by days overdue, as SAP's flat-rate individual value adjustment (F104) does it: each item
/// takes the rate of the highest tier whose minimum days overdue it reaches (for example 30 days: 10 %, 90 days: 50 %,
/// 180 days: 100 %); items below the first tier take 0 %.
/// </summary>
/// <remarks>
/// <para>Days overdue = as-of date − due date. Allowances are summed per tier and rounded once per tier with the
/// rounding policy (default half away from zero); the total is the sum of the rounded tier lines. Specific provisions
/// override the percentages for their items.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class DaysOverdueProvision
{
    private readonly IRoundingPolicy _rounding;
    private readonly AgingScheme _scheme;

    private DaysOverdueProvision(ImmutableArray<(int MinDaysOverdue, decimal Rate)> tiers, IRoundingPolicy rounding)
    {
        Tiers = tiers;
        _rounding = rounding;
        var starts = tiers.Select(t => t.MinDaysOverdue).ToList();
        var bounds = new List<int>();
        var labels = new List<string> { "Not yet due" };
        if (starts[0] > 1)
        {
            bounds.Add(starts[0] - 1);
            labels.Add($"1-{Num(starts[0] - 1)} days overdue");
        }

        for (var i = 0; i < starts.Count; i++)
        {
            if (i + 1 < starts.Count)
            {
                bounds.Add(starts[i + 1] - 1);
                labels.Add($"{Num(starts[i])}-{Num(starts[i + 1] - 1)} days overdue");
            }
            else
            {
                labels.Add($"{Num(starts[i])}+ days overdue");
            }
        }

        _scheme = AgingScheme.Create(bounds, AgingBasis.DaysPastDue, labels: labels);
        Rates = [.. _scheme.Buckets.Select(b => RateOf(b.MaxAge ?? int.MaxValue))];
    }

    /// <summary>Gets the tiers: minimum days overdue and rate, ascending.</summary>
    public ImmutableArray<(int MinDaysOverdue, decimal Rate)> Tiers { get; }

    private ImmutableArray<decimal> Rates { get; }

    /// <summary>Creates the percentages.</summary>
    /// <param name="tiers">Minimum days overdue (≥ 1, strictly ascending) and rate (0 to 1) of each tier.</param>
    /// <param name="rounding">The rounding of each tier's allowance. The default value is <see cref="RoundingPolicies.Default"/>.</param>
    /// <returns>The provision rule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tiers"/> is null.</exception>
    /// <exception cref="ArgumentException">No tier, days not ascending or below 1, or a rate outside 0 to 1 (all problems listed).</exception>
    public static DaysOverdueProvision Create(IReadOnlyList<(int MinDaysOverdue, decimal Rate)> tiers, IRoundingPolicy? rounding = null)
    {
        Guard.NotNull(tiers);
        var errors = new List<string>();
        if (tiers.Count == 0)
        {
            errors.Add("At least one tier is required.");
        }

        for (var i = 0; i < tiers.Count; i++)
        {
            if (tiers[i].MinDaysOverdue < 1 || tiers[i].MinDaysOverdue > AgingScheme.MaxBound)
            {
                errors.Add(string.Create(CultureInfo.InvariantCulture, $"{nameof(tiers)}[{i}] starts at {tiers[i].MinDaysOverdue} days (must be 1 to {AgingScheme.MaxBound})."));
            }

            if (i > 0 && tiers[i].MinDaysOverdue <= tiers[i - 1].MinDaysOverdue)
            {
                errors.Add(string.Create(CultureInfo.InvariantCulture, $"{nameof(tiers)}[{i}] does not start after {nameof(tiers)}[{i - 1}]."));
            }

            if (tiers[i].Rate is < 0m or > 1m)
            {
                errors.Add(string.Create(CultureInfo.InvariantCulture, $"{nameof(tiers)}[{i}] has rate {tiers[i].Rate} (must be 0 to 1)."));
            }
        }

        if (errors.Count > 0)
        {
            throw new ArgumentException($"Invalid provision tiers: {string.Join(" ", errors)}", nameof(tiers));
        }

        return new DaysOverdueProvision([.. tiers], rounding ?? RoundingPolicies.Default);
    }

    /// <summary>The rate for an item a number of days overdue.</summary>
    /// <param name="daysOverdue">Days overdue (≤ 0 = not yet due).</param>
    /// <returns>The rate of the highest tier reached, or 0.</returns>
    public decimal RateOf(int daysOverdue)
    {
        var rate = 0m;
        foreach (var tier in Tiers)
        {
            if (daysOverdue >= tier.MinDaysOverdue)
            {
                rate = tier.Rate;
            }
        }

        return rate;
    }

    /// <summary>Applies the percentages to open items, with specific provisions that override them.</summary>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="items">The open items.</param>
    /// <param name="specific">Specific provisions; the default value is none.</param>
    /// <returns>The provision: one line per tier (and one for items below the first tier) per currency.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is null.</exception>
    /// <exception cref="ArgumentException">A specific provision is negative, in another currency than its item, or names no item.</exception>
    public ProvisionReport Apply(DateOnly asOf, IEnumerable<OpenItem> items, IEnumerable<SpecificProvision>? specific = null)
    {
        Guard.NotNull(items);
        var split = SpecificProvisions.Split(items, specific);
        var aging = AgingEngine.Create(_scheme).Age(asOf, split.General);
        var sections = new Dictionary<Currency, (ImmutableArray<ProvisionLine> Lines, ImmutableArray<ProvisionLine> Specific)>();
        foreach (var section in aging.Sections)
        {
            sections[section.Currency] = (Lines(section.BucketTotals, section.BucketCounts), []);
        }

        return SpecificProvisions.Combine(asOf, sections, split.Specific, c => Lines([.. Rates.Select(_ => Money.Zero(c))], [.. Rates.Select(_ => 0L)]));
    }

    private ImmutableArray<ProvisionLine> Lines(ImmutableArray<Money> gross, ImmutableArray<long> counts)
        => [.. _scheme.Buckets.Select(b => ProvisionLine.General(b.Label, gross[b.Index], Rates[b.Index], _rounding, counts[b.Index]))];

    private static string Num(int value) => value.ToString(CultureInfo.InvariantCulture);
}
