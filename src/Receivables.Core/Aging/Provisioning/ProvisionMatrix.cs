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
/// <para><b>Rounding</b> follows <see cref="Rounding"/> (decision 208). By default (<see cref="ProvisionRounding.Default"/>)
/// rates are used unrounded, each bucket's allowance is rounded once to the currency's minor unit half away from zero,
/// and the total allowance is the sum of the rounded bucket allowances. <see cref="WithRounding"/> picks another
/// convention: rates rounded to a number of decimals of a percent first, truncation or half to even, or the total rounded
/// once and split over the buckets. Under every convention the lines add up to the total. Specific provisions are taken
/// as given (capped at the item's open amount).</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class ProvisionMatrix
{
    private ProvisionMatrix(AgingScheme scheme, ImmutableArray<decimal> lossRates, ProvisionRounding rounding)
    {
        Scheme = scheme;
        LossRates = lossRates;
        Rounding = rounding;
    }

    /// <summary>Gets the scheme whose buckets the rates belong to.</summary>
    public AgingScheme Scheme { get; }

    /// <summary>Gets the loss rate per bucket (0 to 1), in the order of <see cref="AgingScheme.Buckets"/>.</summary>
    public ImmutableArray<decimal> LossRates { get; }

    /// <summary>Gets the rounding convention.</summary>
    /// <value>The default value is <see cref="ProvisionRounding.Default"/> with the rounding policy given to
    /// <see cref="Create"/> for the amounts.</value>
    public ProvisionRounding Rounding { get; }

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

        return new ProvisionMatrix(scheme, [.. lossRates], rounding is null ? ProvisionRounding.Default : ProvisionRounding.Create(rounding));
    }

    /// <summary>Returns the same matrix with another rounding convention (see <see cref="ProvisionRounding"/>).</summary>
    /// <param name="rounding">The convention, such as <c>ProvisionRounding.Create(level: ProvisionRoundingLevel.TotalOnce)</c>.</param>
    /// <returns>The new matrix; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rounding"/> is null.</exception>
    public ProvisionMatrix WithRounding(ProvisionRounding rounding) => new(Scheme, LossRates, Guard.NotNull(rounding));

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
    {
        var buckets = Scheme.Buckets;
        var currency = gross[0].Currency;
        var rates = new decimal[buckets.Length];
        for (var i = 0; i < rates.Length; i++)
        {
            rates[i] = Rounding.RateOf(LossRates[i], currency);
        }

        if (Rounding.Level == ProvisionRoundingLevel.EachLine)
        {
            return [.. buckets.Select(b => ProvisionLine.General(b.Label, gross[b.Index], rates[b.Index], Rounding.Amount, counts[b.Index]))];
        }

        // Total once: round Σ gross × rate, then split it over the buckets in proportion to their exact allowances.
        var exact = new decimal[buckets.Length];
        var sum = 0m;
        for (var i = 0; i < exact.Length; i++)
        {
            exact[i] = gross[i].Amount * rates[i];
            sum += exact[i];
        }

        var total = new Money(Rounding.Amount.Round(sum, currency), currency);
        var parts = sum == 0m || total.IsZero ? [.. exact.Select(_ => Money.Zero(currency))] : total.Allocate(exact, Rounding.Split);
        return [.. buckets.Select(b => ProvisionLine.Share(b.Label, gross[b.Index], rates[b.Index], new Money(exact[b.Index], currency), parts[b.Index], counts[b.Index]))];
    }
}
