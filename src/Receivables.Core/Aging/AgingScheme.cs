using System.Collections.Immutable;
using System.Globalization;
using Receivables.Internal;

namespace Receivables.Aging;

/// <summary>
/// How open items are sorted into aging buckets: ordered bucket bounds in days, the date the age counts from, and
/// labels. Built once (validated, all errors reported together), then immutable.
/// </summary>
/// <remarks>
/// <para><b>Which side of a bound a day falls on.</b> As in ERPNext's accounts receivable report, an age belongs to
/// the first bucket whose bound it does not exceed (<c>age ≤ bound</c>). With bounds 30, 60, 90, 120 and
/// <see cref="AgingBasis.DaysPastDue"/>, the buckets are: not yet due (age ≤ 0, due today or later), 1-30, 31-60,
/// 61-90, 91-120 and 121+. So an item exactly 30 days past due is in 1-30 and one 31 days past due in 31-60.
/// With <see cref="AgingBasis.DaysSinceDocumentDate"/> the first bucket is 0-30 and there is no not-yet-due bucket.</para>
/// <para><b>Not yet due, split.</b> With <see cref="AgingBasis.DaysPastDue"/> the not-yet-due bucket may be split
/// by days until due with the same rule (<c>days until due ≤ split</c>): splits 7, 30 give "due in 0-7 days" (due
/// today up to a week ahead), "due in 8-30 days" and "due in 31+ days". Buckets are ordered from least to most aged,
/// so the furthest-from-due bucket comes first.</para>
/// <para>Any number of bounds is allowed (ERPNext's default 30/60/90/120; pharmaceutical schemes up to 720 days and
/// beyond, at most <see cref="MaxBound"/>).</para>
/// <para><b>Other classifiers.</b> Calendar months, fiscal periods and calendar years (1年以内, 1-2年, …) cannot be written
/// as day bounds: build those schemes with <see cref="Create(IAgingClassifier, AgingBasis, IReadOnlyList{string}?, int)"/>
/// and <see cref="AgingClassifiers"/>. Their buckets have no <see cref="AgingBucket.MinAge"/>/<see cref="AgingBucket.MaxAge"/>,
/// so figures by days (<see cref="AgingLine.Over"/>) count none of them. Immutable and thread-safe.</para>
/// </remarks>
public sealed class AgingScheme : IEquatable<AgingScheme>
{
    /// <summary>The largest bound accepted, in days (100 years).</summary>
    public const int MaxBound = 36_525;

    private readonly byte[] _table;
    private readonly IAgingClassifier? _classifier;

    private AgingScheme(AgingBasis basis, IAgingClassifier classifier, ImmutableArray<AgingBucket> buckets)
    {
        Basis = basis;
        Bounds = [];
        NotYetDueSplits = [];
        Buckets = buckets;
        Thresholds = [];
        _table = [];
        _classifier = classifier;
    }

    private AgingScheme(AgingBasis basis, ImmutableArray<int> bounds, ImmutableArray<int> splits, ImmutableArray<AgingBucket> buckets)
    {
        Basis = basis;
        Bounds = bounds;
        NotYetDueSplits = splits;
        Buckets = buckets;
        MinTableAge = basis == AgingBasis.DaysPastDue && splits.Length > 0 ? -(splits[^1] + 1) : 0;
        MaxTableAge = bounds.Length > 0 ? bounds[^1] + 1 : 1;
        Thresholds = [.. buckets.Take(buckets.Length - 1).Select(b => (long)b.MaxAge!.Value)];
        _table = new byte[MaxTableAge - MinTableAge + 1];
        for (var age = MinTableAge; age <= MaxTableAge; age++)
        {
            _table[age - MinTableAge] = (byte)buckets.First(b => b.Contains(age)).Index;
        }
    }

    /// <summary>Gets ERPNext's default scheme: days past due, bounds 30, 60, 90, 120 (six buckets with not yet due).</summary>
    public static AgingScheme ErpNextDefault { get; } = Create([30, 60, 90, 120]);

    /// <summary>Gets the date the age counts from.</summary>
    public AgingBasis Basis { get; }

    /// <summary>Gets the classifier that sorts items into the buckets: <see cref="AgingClassifiers.DayBounds"/> of
    /// <see cref="Bounds"/> and <see cref="NotYetDueSplits"/> for a day-bound scheme (the default), or the calendar or
    /// custom classifier the scheme was created with.</summary>
    public IAgingClassifier Classifier => _classifier ?? new AgingClassifiers.DayBoundsClassifier(Bounds, NotYetDueSplits);

    /// <summary>Gets whether the scheme sorts by day bounds (the engine's vectorised loop) rather than by another classifier.</summary>
    public bool IsDayBounds => _classifier is null;

    /// <summary>Gets the upper bounds (inclusive, in days) of the aged buckets, strictly ascending; empty for a scheme made
    /// from another classifier.</summary>
    public ImmutableArray<int> Bounds { get; }

    /// <summary>Gets the upper bounds (inclusive, in days until due) splitting the not-yet-due bucket; empty when not split.</summary>
    public ImmutableArray<int> NotYetDueSplits { get; }

    /// <summary>Gets the buckets, ordered from least to most aged; their <see cref="AgingBucket.Index"/> is the position.</summary>
    public ImmutableArray<AgingBucket> Buckets { get; }

    /// <summary>Gets the number of buckets.</summary>
    public int BucketCount => Buckets.Length;

    internal int MinTableAge { get; }

    internal int MaxTableAge { get; }

    internal ReadOnlySpan<byte> Table => _table;

    /// <summary>The upper bound (MaxAge) of every bucket but the last: the bucket of an age is the number of them it exceeds.</summary>
    internal long[] Thresholds { get; }

    /// <summary>The most thresholds for which counting comparisons beats the lookup table in the engine's loop.</summary>
    internal const int CompareLimit = 12;

    /// <summary>Creates a scheme.</summary>
    /// <param name="bounds">The inclusive upper bounds of the aged buckets in days, strictly ascending; the last bucket is open
    /// ("121+"). For <see cref="AgingBasis.DaysPastDue"/> each bound must be at least 1, otherwise at least 0. May be empty.</param>
    /// <param name="basis">The date the age counts from. The default value is <see cref="AgingBasis.DaysPastDue"/>.</param>
    /// <param name="notYetDueSplits">Optional inclusive upper bounds (days until due, strictly ascending, ≥ 0) splitting the
    /// not-yet-due bucket; only for <see cref="AgingBasis.DaysPastDue"/>. The default value is none (one not-yet-due bucket).</param>
    /// <param name="labels">Optional labels, one per bucket in order; the default labels are "Not yet due", "Due in 0-7 days",
    /// "1-30", "31-60", …, "121+".</param>
    /// <returns>The scheme.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="bounds"/> is null.</exception>
    /// <exception cref="ArgumentException">The bounds or splits are unsorted, duplicated, negative or too large; splits are given
    /// for a document-date scheme; the label count is wrong or a label is blank. The message lists every problem.</exception>
    public static AgingScheme Create(IReadOnlyList<int> bounds, AgingBasis basis = AgingBasis.DaysPastDue, IReadOnlyList<int>? notYetDueSplits = null, IReadOnlyList<string>? labels = null)
    {
        Guard.NotNull(bounds);
        Guard.Defined(basis);
        var splits = notYetDueSplits ?? [];
        var errors = new List<string>();
        CheckAscending(bounds, nameof(bounds), basis == AgingBasis.DaysPastDue ? 1 : 0, errors);
        var paramName = errors.Count > 0 ? nameof(bounds) : nameof(notYetDueSplits);
        if (splits.Count > 0 && basis != AgingBasis.DaysPastDue)
        {
            errors.Add($"{nameof(notYetDueSplits)} are only allowed with {nameof(AgingBasis)}.{nameof(AgingBasis.DaysPastDue)}.");
        }

        CheckAscending(splits, nameof(notYetDueSplits), 0, errors);
        if (errors.Count == 0)
        {
            var buckets = BuildBuckets(bounds, basis, splits, labels, errors);
            if (errors.Count == 0)
            {
                return new AgingScheme(basis, [.. bounds], [.. splits], buckets);
            }

            paramName = nameof(labels);
        }

        throw new ArgumentException($"Invalid aging scheme: {string.Join(" ", errors)}", paramName);
    }

    /// <summary>Creates a scheme from a classifier: calendar months, fiscal periods, calendar years
    /// (<see cref="AgingClassifiers"/>) or a host's own <see cref="IAgingClassifier"/>.</summary>
    /// <param name="classifier">The classifier. <see cref="AgingClassifiers.DayBounds"/> gives the same scheme as
    /// <see cref="Create(IReadOnlyList{int}, AgingBasis, IReadOnlyList{int}?, IReadOnlyList{string}?)"/>.</param>
    /// <param name="basis">The date the age counts from. The default value is <see cref="AgingBasis.DaysPastDue"/>.</param>
    /// <param name="labels">One label per bucket, least aged first. Optional for the built-ins (they bring their own); required
    /// for a custom classifier, where the number of labels is the number of buckets.</param>
    /// <param name="notYetDueBuckets">For a custom classifier, how many leading buckets hold items not yet due (they count in
    /// no overdue figure). The default value is 0. Ignored for the built-ins.</param>
    /// <returns>The scheme.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="classifier"/> is null, or <paramref name="labels"/> is null for a
    /// custom classifier.</exception>
    /// <exception cref="ArgumentException">The label count is wrong, a label is blank, there are more than 255 buckets, or
    /// <paramref name="notYetDueBuckets"/> is outside 0 to the bucket count.</exception>
    public static AgingScheme Create(IAgingClassifier classifier, AgingBasis basis = AgingBasis.DaysPastDue, IReadOnlyList<string>? labels = null, int notYetDueBuckets = 0)
    {
        Guard.NotNull(classifier);
        Guard.Defined(basis);
        if (classifier is AgingClassifiers.DayBoundsClassifier days)
        {
            return Create(days.Bounds, basis, days.Splits, labels);
        }

        ImmutableArray<string> names;
        var notYetDue = notYetDueBuckets;
        if (classifier is AgingClassifiers.IBuiltIn builtIn)
        {
            var own = builtIn.Labels(basis);
            if (labels is not null && labels.Count != own.Length)
            {
                throw new ArgumentException($"{nameof(labels)} has {labels.Count} labels but the classifier has {own.Length} buckets.", nameof(labels));
            }

            names = labels is null ? own : [.. labels];
            notYetDue = builtIn.NotYetDueBuckets(basis);
        }
        else
        {
            names = [.. Guard.NotNull(labels)];
        }

        var errors = new List<string>();
        if (names.Length is 0 or > byte.MaxValue)
        {
            errors.Add($"A scheme has 1 to {byte.MaxValue} buckets; this one has {names.Length}.");
        }

        for (var i = 0; i < names.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(names[i]))
            {
                errors.Add(string.Create(CultureInfo.InvariantCulture, $"{nameof(labels)}[{i}] is blank."));
            }
        }

        if (notYetDue < 0 || notYetDue > names.Length)
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"{nameof(notYetDueBuckets)} = {notYetDue} must be 0 to {names.Length}."));
        }

        if (errors.Count > 0)
        {
            throw new ArgumentException($"Invalid aging scheme: {string.Join(" ", errors)}", nameof(labels));
        }

        return new AgingScheme(basis, classifier, [.. names.Select((label, i) => new AgingBucket(i, label, null, null, i < notYetDue))]);
    }

    /// <summary>Finds the bucket an age falls into (day-bound schemes only).</summary>
    /// <param name="age">The age in days (as-of date − basis date; negative = days until due).</param>
    /// <returns>The bucket index, 0 to <see cref="BucketCount"/> − 1. Every age falls into exactly one bucket.</returns>
    /// <exception cref="InvalidOperationException">The scheme is not a day-bound scheme (a calendar bucket depends on the
    /// dates, not only on the age); use <see cref="BucketOf(DateOnly, DateOnly, DateOnly)"/>.</exception>
    public int BucketOf(int age)
        => _classifier is null
            ? _table[Math.Clamp(age, MinTableAge, MaxTableAge) - MinTableAge]
            : throw new InvalidOperationException($"The scheme '{this}' sorts by dates, not by age alone; use BucketOf(asOf, dueDate, documentDate).");

    /// <summary>Finds the bucket of an item on an as-of date.</summary>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="dueDate">The item's due date (used for <see cref="AgingBasis.DaysPastDue"/>).</param>
    /// <param name="documentDate">The item's document date (used for <see cref="AgingBasis.DaysSinceDocumentDate"/>).</param>
    /// <returns>The bucket index.</returns>
    /// <exception cref="InvalidOperationException">A custom classifier returned an index outside the buckets.</exception>
    public int BucketOf(DateOnly asOf, DateOnly dueDate, DateOnly documentDate)
        => _classifier is null
            ? BucketOf(asOf.DayNumber - BasisDate(dueDate, documentDate).DayNumber)
            : Classify(asOf, BasisDate(dueDate, documentDate));

    /// <summary>Asks a non-day-bound classifier for the bucket of a basis date, and checks its answer.</summary>
    internal int Classify(DateOnly asOf, DateOnly basisDate)
    {
        var bucket = _classifier!.BucketOf(new AgingClassifierArguments(asOf, basisDate, Basis));
        return (uint)bucket < (uint)Buckets.Length
            ? bucket
            : throw new InvalidOperationException(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"The classifier {_classifier.GetType().Name} returned bucket {bucket} for basis date {basisDate:yyyy-MM-dd} as of {asOf:yyyy-MM-dd}; the scheme has buckets 0 to {Buckets.Length - 1}."));
    }

    /// <summary>Picks the basis date of an item: the due date or the document date, per <see cref="Basis"/>.</summary>
    /// <param name="dueDate">The due date.</param>
    /// <param name="documentDate">The document date.</param>
    /// <returns>The date the age counts from.</returns>
    public DateOnly BasisDate(DateOnly dueDate, DateOnly documentDate) => Basis == AgingBasis.DaysPastDue ? dueDate : documentDate;

    /// <inheritdoc/>
    public bool Equals(AgingScheme? other)
        => other is not null && (ReferenceEquals(this, other) || (Basis == other.Basis
            && Equals(_classifier, other._classifier)
            && Bounds.SequenceEqual(other.Bounds)
            && NotYetDueSplits.SequenceEqual(other.NotYetDueSplits)
            && Buckets.Select(b => b.Label).SequenceEqual(other.Buckets.Select(b => b.Label), StringComparer.Ordinal)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as AgingScheme);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Basis);
        hash.Add(_classifier);
        foreach (var bound in Bounds)
        {
            hash.Add(bound);
        }

        foreach (var split in NotYetDueSplits)
        {
            hash.Add(-split - 1);
        }

        return hash.ToHashCode();
    }

    /// <summary>Describes the scheme, such as "DaysPastDue: Not yet due | 1-30 | 31-60 | 61-90 | 91-120 | 121+".</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Basis}: {string.Join(" | ", Buckets.Select(b => b.Label))}";

    private static void CheckAscending(IReadOnlyList<int> values, string name, int minimum, List<string> errors)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] < minimum)
            {
                errors.Add(values[i] < 0
                    ? string.Create(CultureInfo.InvariantCulture, $"{name}[{i}] = {values[i]} is negative.")
                    : string.Create(CultureInfo.InvariantCulture, $"{name}[{i}] = {values[i]} must be at least {minimum}."));
            }
            else if (values[i] > MaxBound)
            {
                errors.Add(string.Create(CultureInfo.InvariantCulture, $"{name}[{i}] = {values[i]} exceeds {MaxBound} days."));
            }

            if (i > 0 && values[i] <= values[i - 1])
            {
                errors.Add(values[i] == values[i - 1]
                    ? string.Create(CultureInfo.InvariantCulture, $"{name}[{i}] = {values[i]} duplicates the previous bound.")
                    : string.Create(CultureInfo.InvariantCulture, $"{name}[{i}] = {values[i]} is smaller than the previous bound {values[i - 1]} (bounds must be ascending)."));
            }
        }
    }

    private static ImmutableArray<AgingBucket> BuildBuckets(IReadOnlyList<int> bounds, AgingBasis basis, IReadOnlyList<int> splits, IReadOnlyList<string>? labels, List<string> errors)
    {
        var ranges = new List<(int? Min, int? Max, bool NotYetDue, string Label)>();
        if (basis == AgingBasis.DaysPastDue)
        {
            if (splits.Count == 0)
            {
                ranges.Add((null, 0, true, "Not yet due"));
            }
            else
            {
                // Days until due d = -age; split s holds d <= s, so ranges run from the furthest to the nearest.
                ranges.Add((null, -(splits[^1] + 1), true, $"Due in {Num(splits[^1] + 1)}+ days"));
                for (var i = splits.Count - 1; i >= 0; i--)
                {
                    var lowDays = i == 0 ? 0 : splits[i - 1] + 1;
                    ranges.Add((-splits[i], -lowDays, true, $"Due in {Num(lowDays)}-{Num(splits[i])} days"));
                }
            }
        }

        var start = basis == AgingBasis.DaysPastDue ? 1 : 0;
        for (var i = 0; i < bounds.Count; i++)
        {
            var min = i == 0 ? start : bounds[i - 1] + 1;
            ranges.Add((basis == AgingBasis.DaysSinceDocumentDate && i == 0 ? null : min, bounds[i], false, $"{Num(min)}-{Num(bounds[i])}"));
        }

        var lastStart = bounds.Count == 0 ? start : bounds[^1] + 1;
        ranges.Add((basis == AgingBasis.DaysSinceDocumentDate && bounds.Count == 0 ? null : lastStart, null, false, $"{Num(lastStart)}+"));
        if (ranges.Count > byte.MaxValue)
        {
            errors.Add($"A scheme has at most {byte.MaxValue} buckets; this one has {ranges.Count}.");
            return [];
        }

        if (labels is not null)
        {
            if (labels.Count != ranges.Count)
            {
                errors.Add($"{nameof(labels)} has {labels.Count} labels but the scheme has {ranges.Count} buckets.");
                return [];
            }

            for (var i = 0; i < labels.Count; i++)
            {
                if (string.IsNullOrWhiteSpace(labels[i]))
                {
                    errors.Add(string.Create(CultureInfo.InvariantCulture, $"{nameof(labels)}[{i}] is blank."));
                }
            }
        }

        return [.. ranges.Select((r, i) => new AgingBucket(i, labels?[i] ?? r.Label, r.Min, r.Max, r.NotYetDue))];
    }

    private static string Num(int value) => value.ToString(CultureInfo.InvariantCulture);
}
