using System.Globalization;
using System.Collections.Immutable;
using Receivables.Internal;
using Receivables.Ledger;

namespace Receivables.Aging.Provisioning;

/// <summary>
/// The IFRS 9 simplified-approach provision matrix (IFRS 9.B5.5.35): a lifetime loss rate per aging bucket; the
/// allowance of a bucket is its gross amount × its rate.
/// </summary>
/// <remarks>
/// <para><b>Rounding.</b> Each bucket's allowance is rounded once to the currency's minor unit with the matrix's rounding
/// policy (default half away from zero); the total allowance is the sum of the rounded bucket allowances, so the
/// lines always add up to the total. Specific provisions are taken as given (capped at the item's open amount).</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class ProvisionMatrix
{
    private readonly IRoundingPolicy _rounding;

    private ProvisionMatrix(AgingScheme scheme, ImmutableArray<decimal> lossRates, IRoundingPolicy rounding)
    {
        Scheme = scheme;
        LossRates = lossRates;
        _rounding = rounding;
    }

    /// <summary>Gets the scheme whose buckets the rates belong to.</summary>
    public AgingScheme Scheme { get; }

    /// <summary>Gets the loss rate per bucket (0 to 1), in the order of <see cref="AgingScheme.Buckets"/>.</summary>
    public ImmutableArray<decimal> LossRates { get; }

    /// <summary>Creates a matrix.</summary>
    /// <param name="scheme">The buckets.</param>
    /// <param name="lossRates">One loss rate per bucket, each from 0 to 1 (0.003 = 0.3 %).</param>
    /// <param name="rounding">The rounding of each bucket's allowance. The default value is <see cref="RoundingPolicies.Default"/>.</param>
    /// <returns>The matrix.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scheme"/> or <paramref name="lossRates"/> is null.</exception>
    /// <exception cref="ArgumentException">The rate count differs from the bucket count, or a rate is outside 0 to 1 (all problems listed).</exception>
    public static ProvisionMatrix Create(AgingScheme scheme, IReadOnlyList<decimal> lossRates, IRoundingPolicy? rounding = null)
    {
        Guard.NotNull(scheme);
        Guard.NotNull(lossRates);
        var errors = new List<string>();
        if (lossRates.Count != scheme.BucketCount)
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"{nameof(lossRates)} has {lossRates.Count} rates but the scheme has {scheme.BucketCount} buckets."));
        }

        for (var i = 0; i < lossRates.Count; i++)
        {
            if (lossRates[i] is < 0m or > 1m)
            {
                errors.Add(string.Create(CultureInfo.InvariantCulture, $"{nameof(lossRates)}[{i}] = {lossRates[i]} is outside 0 to 1."));
            }
        }

        if (errors.Count > 0)
        {
            throw new ArgumentException($"Invalid provision matrix: {string.Join(" ", errors)}", nameof(lossRates));
        }

        return new ProvisionMatrix(scheme, [.. lossRates], rounding ?? RoundingPolicies.Default);
    }

    /// <summary>Applies the matrix to an aging report: one line per bucket and currency.</summary>
    /// <param name="report">The report; it must use <see cref="Scheme"/>.</param>
    /// <returns>The provision.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    /// <exception cref="ArgumentException">The report uses a different scheme.</exception>
    public ProvisionReport Apply(AgingReport report)
    {
        Guard.NotNull(report);
        if (!report.Scheme.Equals(Scheme))
        {
            throw new ArgumentException($"The report uses scheme '{report.Scheme}', the matrix '{Scheme}'.", nameof(report));
        }

        return new ProvisionReport(report.AsOf, [.. report.Sections.Select(s => new ProvisionSection(s.Currency, Lines(s.BucketTotals, s.BucketCounts), []))]);
    }

    /// <summary>Applies the matrix to open items, with specific provisions that override it: an item with a specific
    /// provision is left out of the bucket gross and provided for as specified.</summary>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="items">The open items.</param>
    /// <param name="specific">Specific provisions by document; the default value is none.</param>
    /// <returns>The provision.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is null.</exception>
    /// <exception cref="ArgumentException">A specific provision is negative or in another currency than its item, or names no item.</exception>
    public ProvisionReport Apply(DateOnly asOf, IEnumerable<OpenItem> items, IEnumerable<SpecificProvision>? specific = null)
    {
        Guard.NotNull(items);
        var split = SpecificProvisions.Split(items, specific);
        var aging = AgingEngine.Create(Scheme).Age(asOf, split.General);
        var sections = new Dictionary<Currency, (ImmutableArray<ProvisionLine> Lines, ImmutableArray<ProvisionLine> Specific)>();
        foreach (var section in aging.Sections)
        {
            sections[section.Currency] = (Lines(section.BucketTotals, section.BucketCounts), []);
        }

        return SpecificProvisions.Combine(asOf, sections, split.Specific, c => Lines([.. LossRates.Select(_ => Money.Zero(c))], [.. LossRates.Select(_ => 0L)]));
    }

    private ImmutableArray<ProvisionLine> Lines(ImmutableArray<Money> gross, ImmutableArray<long> counts)
        => [.. Scheme.Buckets.Select(b => ProvisionLine.General(b.Label, gross[b.Index], LossRates[b.Index], _rounding, counts[b.Index]))];
}
