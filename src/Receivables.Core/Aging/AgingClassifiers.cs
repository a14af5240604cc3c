using System.Collections.Immutable;
using System.Globalization;
using Receivables.Internal;

namespace Receivables.Aging;

/// <summary>The built-in <see cref="IAgingClassifier"/>s: day bounds (the default), calendar months, fiscal periods and
/// calendar years. Pass one to <see cref="AgingScheme.Create(IAgingClassifier, AgingBasis, IReadOnlyList{string}?, int)"/>;
/// the built-ins bring their own labels.</summary>
/// <remarks>
/// <para>With <see cref="AgingBasis.DaysPastDue"/> every built-in puts items not yet due (due on or after the as-of date)
/// into a first "Not yet due" bucket and sorts the overdue ones by their due date; with
/// <see cref="AgingBasis.DaysSinceDocumentDate"/> there is no such bucket and a document dated after the as-of date is
/// in the youngest bucket.</para>
/// <para>Every built-in is immutable, thread-safe and compares by value.</para>
/// </remarks>
public static class AgingClassifiers
{
    /// <summary>Day bounds, the default and the fastest (the engine's vectorised loop): an age belongs to the first bucket
    /// whose bound it does not exceed (<c>age ≤ bound</c>), exactly as
    /// <see cref="AgingScheme.Create(IReadOnlyList{int}, AgingBasis, IReadOnlyList{int}?, IReadOnlyList{string}?)"/>.</summary>
    /// <param name="bounds">Inclusive upper bounds in days, strictly ascending (see <see cref="AgingScheme"/>).</param>
    /// <param name="notYetDueSplits">Bounds splitting the not-yet-due bucket by days until due; the default value is none.</param>
    /// <returns>The classifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="bounds"/> is null.</exception>
    /// <exception cref="ArgumentException">The bounds or splits are not strictly ascending or out of range.</exception>
    public static IAgingClassifier DayBounds(IReadOnlyList<int> bounds, IReadOnlyList<int>? notYetDueSplits = null)
    {
        // Validate through the scheme (one set of rules); a document-date basis is checked when the scheme is built.
        var scheme = AgingScheme.Create(Guard.NotNull(bounds), AgingBasis.DaysPastDue, notYetDueSplits);
        return new DayBoundsClassifier(scheme.Bounds, scheme.NotYetDueSplits);
    }

    /// <summary>Calendar months of the basis date, counted back from the as-of date's month: "Current month",
    /// "Previous month", "2 months ago", …, and "<paramref name="months"/>+ months ago". With bounds by due date, an item due
    /// on 3 November and still open on 30 November is overdue in the current month; one due 31 October is in the previous
    /// month, though only 30 days overdue.</summary>
    /// <param name="months">How many month buckets before the open "older" one, 1 to 1,200 (3 gives current, previous, 2 months
    /// ago and 3+ months ago).</param>
    /// <returns>The classifier.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="months"/> is outside 1 to 1,200.</exception>
    public static IAgingClassifier CalendarMonths(int months) => new CalendarMonthsClassifier(Guard.InRange(months, 1, 1_200));

    /// <summary>Fiscal periods supplied by the host (4-4-5 quarters, 13 periods of four weeks, a fiscal year from April):
    /// the period of a date is the one whose last day is the first period end on or after it; buckets count periods back
    /// from the as-of date's period: "Current period", "Previous period", "2 periods ago", …, "<paramref name="periods"/>+
    /// periods ago".</summary>
    /// <param name="periodEnds">The last day of each period, strictly ascending. The first entry closes the time before the
    /// calendar: a basis date on or before it is in the oldest bucket. Supply ends far enough back and ahead.</param>
    /// <param name="periods">How many period buckets before the open "older" one, 1 to 1,200.</param>
    /// <returns>The classifier. Classifying throws <see cref="ArgumentOutOfRangeException"/> when the as-of date is on or
    /// before the first period end or after the last one.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="periodEnds"/> is null.</exception>
    /// <exception cref="ArgumentException">Fewer than two period ends, or they are not strictly ascending.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="periods"/> is outside 1 to 1,200.</exception>
    public static IAgingClassifier FiscalPeriods(IEnumerable<DateOnly> periodEnds, int periods)
    {
        var ends = Guard.NotNull(periodEnds).ToImmutableArray();
        Guard.InRange(periods, 1, 1_200);
        if (ends.Length < 2)
        {
            throw new ArgumentException($"{nameof(periodEnds)} needs at least two dates (the end before the first period and the end of one period); it has {ends.Length}.", nameof(periodEnds));
        }

        for (var i = 1; i < ends.Length; i++)
        {
            if (ends[i] <= ends[i - 1])
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{nameof(periodEnds)}[{i}] = {ends[i]:yyyy-MM-dd} is not after {nameof(periodEnds)}[{i - 1}] = {ends[i - 1]:yyyy-MM-dd}; period ends must be strictly ascending."), nameof(periodEnds));
            }
        }

        return new FiscalPeriodsClassifier(ends, periods);
    }

    /// <summary>Years of age as Chinese financial statements show them (应收账款账龄): "1年以内", "1-2年", "2-3年", …, and
    /// "<paramref name="years"/>年以上", counted by anniversaries of the basis date (the default: "1年以内" includes the first
    /// anniversary itself, 含1年) or by calendar-year boundaries (<see cref="YearCounting.CalendarYear"/>).</summary>
    /// <param name="years">How many year buckets before the open "older" one, 1 to 100 (3 gives 1年以内, 1-2年, 2-3年, 3年以上).</param>
    /// <param name="counting">How years are counted. The default value is <see cref="YearCounting.Anniversary"/>.</param>
    /// <returns>The classifier (usually with <see cref="AgingBasis.DaysSinceDocumentDate"/>: age since the document date).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="years"/> is outside 1 to 100, or
    /// <paramref name="counting"/> is not defined.</exception>
    public static IAgingClassifier CalendarYears(int years, YearCounting counting = YearCounting.Anniversary)
        => new CalendarYearsClassifier(Guard.InRange(years, 1, 100), Guard.Defined(counting));

    private static string Num(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A built-in's own labels and its number of leading not-yet-due buckets.</summary>
    internal interface IBuiltIn : IAgingClassifier
    {
        ImmutableArray<string> Labels(AgingBasis basis);

        int NotYetDueBuckets(AgingBasis basis);
    }

    internal sealed class DayBoundsClassifier(ImmutableArray<int> bounds, ImmutableArray<int> splits) : IAgingClassifier, IEquatable<DayBoundsClassifier>
    {
        public ImmutableArray<int> Bounds => bounds;

        public ImmutableArray<int> Splits => splits;

        public int BucketOf(in AgingClassifierArguments arguments)
        {
            var age = arguments.AgeDays;
            var bucket = 0;
            if (arguments.Basis == AgingBasis.DaysPastDue)
            {
                if (age <= 0)
                {
                    // Furthest from due first: count the splits the days until due exceed, from the largest down.
                    var until = -age;
                    var nearer = 0;
                    foreach (var split in splits)
                    {
                        nearer += until <= split ? 1 : 0;
                    }

                    return nearer;
                }

                bucket = splits.Length + 1;
            }

            foreach (var bound in bounds)
            {
                bucket += age > bound ? 1 : 0;
            }

            return bucket;
        }

        public bool Equals(DayBoundsClassifier? other) => other is not null && bounds.SequenceEqual(other.Bounds) && splits.SequenceEqual(other.Splits);

        public override bool Equals(object? obj) => Equals(obj as DayBoundsClassifier);

        public override int GetHashCode() => HashCode.Combine(bounds.Length, splits.Length, bounds.IsEmpty ? 0 : bounds[^1]);
    }

    private sealed record CalendarMonthsClassifier(int Months) : IBuiltIn
    {
        public int BucketOf(in AgingClassifierArguments arguments)
        {
            if (arguments.IsNotYetDue)
            {
                return 0;
            }

            var back = ((arguments.AsOf.Year * 12) + arguments.AsOf.Month) - ((arguments.BasisDate.Year * 12) + arguments.BasisDate.Month);
            return NotYetDueBuckets(arguments.Basis) + Math.Clamp(back, 0, Months);
        }

        public ImmutableArray<string> Labels(AgingBasis basis)
            => [.. NotYetDue(basis), .. Enumerable.Range(0, Months).Select(m => m switch { 0 => "Current month", 1 => "Previous month", _ => $"{Num(m)} months ago" }), $"{Num(Months)}+ months ago"];

        public int NotYetDueBuckets(AgingBasis basis) => basis == AgingBasis.DaysPastDue ? 1 : 0;
    }

    private sealed class FiscalPeriodsClassifier(ImmutableArray<DateOnly> ends, int periods) : IBuiltIn, IEquatable<FiscalPeriodsClassifier>
    {
        public int BucketOf(in AgingClassifierArguments arguments)
        {
            var asOf = arguments.AsOf;
            if (asOf <= ends[0] || asOf > ends[^1])
            {
                throw Guard.OutOfRange(nameof(arguments), asOf, string.Create(CultureInfo.InvariantCulture, $"The as-of date {asOf:yyyy-MM-dd} is outside the fiscal calendar ({ends[0].AddDays(1):yyyy-MM-dd} to {ends[^1]:yyyy-MM-dd})."));
            }

            if (arguments.IsNotYetDue)
            {
                return 0;
            }

            var offset = NotYetDueBuckets(arguments.Basis);
            var basis = PeriodOf(arguments.BasisDate);
            if (basis == 0)
            {
                return offset + periods; // before the calendar: the oldest bucket
            }

            return offset + Math.Clamp(PeriodOf(asOf) - basis, 0, periods);
        }

        public ImmutableArray<string> Labels(AgingBasis basis)
            => [.. NotYetDue(basis), .. Enumerable.Range(0, periods).Select(p => p switch { 0 => "Current period", 1 => "Previous period", _ => $"{Num(p)} periods ago" }), $"{Num(periods)}+ periods ago"];

        public int NotYetDueBuckets(AgingBasis basis) => basis == AgingBasis.DaysPastDue ? 1 : 0;

        public bool Equals(FiscalPeriodsClassifier? other) => other is not null && other.Periods == periods && ends.SequenceEqual(other.Ends);

        public override bool Equals(object? obj) => Equals(obj as FiscalPeriodsClassifier);

        public override int GetHashCode() => HashCode.Combine(periods, ends.Length, ends[0], ends[^1]);

        private int Periods => periods;

        private ImmutableArray<DateOnly> Ends => ends;

        /// <summary>The number of period ends before the date: 0 on or before the first end, i for (ends[i-1], ends[i]].</summary>
        private int PeriodOf(DateOnly date)
        {
            var index = ends.BinarySearch(date);
            return index >= 0 ? index : ~index;
        }
    }

    private sealed record CalendarYearsClassifier(int Years, YearCounting Counting) : IBuiltIn
    {
        public int BucketOf(in AgingClassifierArguments arguments)
        {
            if (arguments.IsNotYetDue)
            {
                return 0;
            }

            var asOf = arguments.AsOf;
            var basis = arguments.BasisDate;
            var back = asOf.Year - basis.Year;
            if (Counting == YearCounting.Anniversary)
            {
                // Whole years strictly before the as-of date: the anniversary day itself is still the younger bucket (含1年).
                while (back > 0 && basis.AddYears(back) >= asOf)
                {
                    back--;
                }
            }

            return NotYetDueBuckets(arguments.Basis) + Math.Clamp(back, 0, Years);
        }

        public ImmutableArray<string> Labels(AgingBasis basis)
            => [.. NotYetDue(basis), .. Enumerable.Range(0, Years).Select(y => y == 0 ? "1年以内" : $"{Num(y)}-{Num(y + 1)}年"), $"{Num(Years)}年以上"];

        public int NotYetDueBuckets(AgingBasis basis) => basis == AgingBasis.DaysPastDue ? 1 : 0;
    }

    private static string[] NotYetDue(AgingBasis basis) => basis == AgingBasis.DaysPastDue ? ["Not yet due"] : [];
}
