using System.Globalization;
using System.Collections.Immutable;
using Receivables.Internal;

namespace Receivables.Aging;

/// <summary>
/// The result of aging: for each currency, amounts and item counts per group (customer or segment) × bucket, totals per
/// bucket, the grand total and the oldest item per group. Reports merge: age partitions anywhere and combine them.
/// </summary>
/// <remarks>
/// <para>Amounts are exact (not rounded) and never mixed across currencies: a report has one <see cref="AgingSection"/>
/// per currency, ordered by currency code. <see cref="ConvertTo"/> produces a single-currency view with caller rates.</para>
/// <para><see cref="Merge(AgingReport, AgingReport)"/> is associative and commutative, and aging the parts of a
/// partition of the items then merging equals aging all of them. Immutable and thread-safe.</para>
/// </remarks>
public sealed class AgingReport
{
    private readonly Dictionary<Currency, AgingSection> _byCurrency;

    internal AgingReport(DateOnly asOf, AgingScheme scheme, IEnumerable<AgingSection> sections)
    {
        AsOf = asOf;
        Scheme = scheme;
        Sections = [.. sections.Where(s => s.LineCount > 0).OrderBy(s => s.Currency.Code, StringComparer.Ordinal)];
        _byCurrency = Sections.ToDictionary(s => s.Currency);
    }

    /// <summary>Gets the as-of date the ages were counted to.</summary>
    public DateOnly AsOf { get; }

    /// <summary>Gets the scheme (buckets) of every section.</summary>
    public AgingScheme Scheme { get; }

    /// <summary>Gets one section per currency with at least one item, ordered by currency code; empty for no items.</summary>
    public ImmutableArray<AgingSection> Sections { get; }

    /// <summary>Creates an empty report (the identity of <see cref="Merge(AgingReport, AgingReport)"/>).</summary>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="scheme">The scheme.</param>
    /// <returns>A report without sections.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scheme"/> is null.</exception>
    public static AgingReport Empty(DateOnly asOf, AgingScheme scheme) => new(asOf, Guard.NotNull(scheme), []);

    /// <summary>Finds the section of a currency.</summary>
    /// <param name="currency">The currency.</param>
    /// <param name="section">The section, or null when the report holds no item in that currency.</param>
    /// <returns>True when found.</returns>
    public bool TryGetSection(Currency currency, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out AgingSection? section)
        => _byCurrency.TryGetValue(currency, out section);

    /// <summary>Gets the section of a currency.</summary>
    /// <param name="currency">The currency.</param>
    /// <returns>The section.</returns>
    /// <exception cref="ArgumentException">The report holds no item in <paramref name="currency"/>.</exception>
    public AgingSection Section(Currency currency)
        => _byCurrency.TryGetValue(currency, out var section)
            ? section
            : throw new ArgumentException($"The report has no items in {currency.Code}.", nameof(currency));

    /// <summary>Merges two reports of the same as-of date and scheme: amounts and counts add per currency, key and bucket;
    /// the older of the two oldest items is kept. Associative and commutative; exact.</summary>
    /// <param name="left">A report.</param>
    /// <param name="right">Another report.</param>
    /// <returns>The merged report.</returns>
    /// <exception cref="ArgumentNullException">A report is null.</exception>
    /// <exception cref="ArgumentException">The as-of dates or the schemes differ.</exception>
    public static AgingReport Merge(AgingReport left, AgingReport right) => Merge([Guard.NotNull(left), Guard.NotNull(right)]);

    /// <summary>Merges any number of reports of the same as-of date and scheme (see <see cref="Merge(AgingReport, AgingReport)"/>).</summary>
    /// <param name="reports">The reports; at least one.</param>
    /// <returns>The merged report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reports"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">No report is given, or the as-of dates or the schemes differ.</exception>
    public static AgingReport Merge(IEnumerable<AgingReport> reports)
    {
        Guard.NotNull(reports);
        var list = reports.ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("At least one report is required.", nameof(reports));
        }

        var first = Guard.NotNull(list[0], "reports[0]");
        for (var i = 1; i < list.Count; i++)
        {
            var other = list[i] ?? throw new ArgumentNullException(string.Create(CultureInfo.InvariantCulture, $"reports[{i}]"));
            if (other.AsOf != first.AsOf)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"reports[{i}] is as of {other.AsOf:yyyy-MM-dd}, not {first.AsOf:yyyy-MM-dd}; only reports of the same as-of date merge."), nameof(reports));
            }

            if (!other.Scheme.Equals(first.Scheme))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"reports[{i}] uses scheme '{other.Scheme}', not '{first.Scheme}'; only reports of the same scheme merge."), nameof(reports));
            }
        }

        return first.Rebuild(list.SelectMany(r => r.Sections), key => key);
    }

    /// <summary>Groups the lines by a caller-supplied segment key (business type, region, salesperson): amounts and counts
    /// of the lines with the same segment add up, exactly.</summary>
    /// <param name="segmentOf">Maps a line key (customer id value) to its segment key; must not return null.</param>
    /// <returns>A report whose line keys are segment keys.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="segmentOf"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="segmentOf"/> returned null for a key.</exception>
    public AgingReport Regroup(Func<string, string> segmentOf)
    {
        Guard.NotNull(segmentOf);
        return Rebuild(Sections, key => segmentOf(key) ?? throw new ArgumentException($"The segment of '{key}' is null.", nameof(segmentOf)));
    }

    /// <summary>
    /// Converts every section into one report currency with rates the caller supplies. Each converted figure (cell,
    /// bucket total, grand total) is the exact sum of amount × rate over the currencies, rounded once, at the end, with
    /// the rounding policy; so rounded cells may differ from a rounded total by a few minor units.
    /// </summary>
    /// <param name="target">The report currency.</param>
    /// <param name="rates">Units of <paramref name="target"/> per unit of each other currency in the report (1 EUR = 7.8 CNY:
    /// rates[EUR] = 7.8 when converting into CNY). A rate for <paramref name="target"/> itself is ignored (always 1).</param>
    /// <param name="rounding">The rounding of converted figures. The default value is <see cref="RoundingPolicies.Default"/>
    /// (half away from zero, to the target's minor unit).</param>
    /// <returns>A report with at most one section, in <paramref name="target"/>; the oldest item of a key is the oldest over all currencies.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rates"/> is null.</exception>
    /// <exception cref="ArgumentException">A currency of the report has no rate, or a rate is not positive; nothing is converted.</exception>
    public AgingReport ConvertTo(Currency target, IReadOnlyDictionary<Currency, decimal> rates, IRoundingPolicy? rounding = null)
    {
        Guard.NotNull(rates);
        if (target.IsDefault)
        {
            throw new ArgumentException("A target currency is required.", nameof(target));
        }

        rounding ??= RoundingPolicies.Default;
        var missing = new List<string>();
        foreach (var section in Sections.Where(s => s.Currency != target))
        {
            if (!rates.TryGetValue(section.Currency, out var rate))
            {
                missing.Add($"no rate for {section.Currency.Code}");
            }
            else if (rate <= 0m)
            {
                missing.Add(string.Create(CultureInfo.InvariantCulture, $"the rate for {section.Currency.Code} is {rate} (must be positive)"));
            }
        }

        if (missing.Count > 0)
        {
            throw new ArgumentException($"Cannot convert into {target.Code}: {string.Join(", ", missing)}.", nameof(rates));
        }

        var buckets = Scheme.BucketCount;
        var builder = new AgingSectionBuilder(target, buckets, AsOf);
        Span<decimal> converted = stackalloc decimal[buckets];
        foreach (var section in Sections)
        {
            var rate = section.Currency == target ? 1m : rates[section.Currency];
            foreach (var line in section.Lines)
            {
                for (var b = 0; b < buckets; b++)
                {
                    converted[b] = line.Amounts[b].Amount * rate;
                }

                builder.Add(line.Key, converted, line.Counts.AsSpan(), line.OldestBasisDate, line.OldestItem);
            }
        }

        var exact = builder.Build();
        var lines = exact.Lines.Select(l => new AgingLine(
            l.Key,
            [.. l.Amounts.Select(a => new Money(rounding.Round(a.Amount, target), target))],
            l.Counts,
            l.OldestBasisDate,
            l.OldestAgeDays,
            l.OldestItem));
        return new AgingReport(AsOf, Scheme, [new AgingSection(target, [.. lines], buckets, exact, rounding)]);
    }

    private AgingReport Rebuild(IEnumerable<AgingSection> sections, Func<string, string> keyOf)
    {
        var builders = new Dictionary<Currency, AgingSectionBuilder>();
        foreach (var section in sections)
        {
            if (!builders.TryGetValue(section.Currency, out var builder))
            {
                builder = new AgingSectionBuilder(section.Currency, Scheme.BucketCount, AsOf);
                builders.Add(section.Currency, builder);
            }

            foreach (var line in section.Lines)
            {
                builder.Add(keyOf(line.Key), line);
            }
        }

        return new AgingReport(AsOf, Scheme, builders.Values.Select(b => b.Build()));
    }
}
