using System.Collections.Immutable;
using System.Globalization;
using Receivables.Internal;

namespace Receivables.Credit.Scoring;

/// <summary>
/// Grade bands (信用等级) over scores 0–100. Each band is given by its lowest score; bands are sorted best first and
/// the worst band must start at 0, so the bands cover 0–100 without gaps or overlaps by construction.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class GradeScale
{
    private GradeScale(ImmutableArray<GradeBand> bands) => Bands = bands;

    /// <summary>
    /// Gets the default scale: AAA from 90, AA from 80, A from 70, BBB from 60, BB from 50, B from 40, CCC from 30,
    /// CC from 20, C from 0.
    /// </summary>
    public static GradeScale Default { get; } = Create(
        new("AAA", 90), new("AA", 80), new("A", 70), new("BBB", 60), new("BB", 50), new("B", 40), new("CCC", 30), new("CC", 20), new("C", 0));

    /// <summary>Gets the bands, best (highest minimum) first.</summary>
    public ImmutableArray<GradeBand> Bands { get; }

    /// <summary>Gets the grade names, best first.</summary>
    public IEnumerable<string> Grades => Bands.Select(b => b.Grade);

    /// <summary>Creates a scale; the bands may be given in any order.</summary>
    /// <param name="bands">The bands: unique, non-blank grade names; distinct minimums from 0 to below 100; one starting at 0.</param>
    /// <returns>The scale.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="bands"/> is null.</exception>
    /// <exception cref="ArgumentException">A rule is broken; all problems are listed in the message.</exception>
    public static GradeScale Create(params IReadOnlyList<GradeBand> bands)
    {
        Guard.NotNull(bands);
        var errors = new List<string>();
        if (bands.Count == 0)
        {
            errors.Add("at least one band is required");
        }

        for (var i = 0; i < bands.Count; i++)
        {
            var b = bands[i];
            if (b is null || string.IsNullOrWhiteSpace(b.Grade))
            {
                errors.Add(string.Create(CultureInfo.InvariantCulture, $"bands[{i}].Grade is required"));
                continue;
            }

            if (!(b.MinScore >= 0d && b.MinScore < 100d))
            {
                errors.Add(string.Create(CultureInfo.InvariantCulture, $"bands[{i}].MinScore ({b.MinScore}) of grade {b.Grade} must be from 0 to below 100"));
            }
        }

        var valid = bands.Where(b => b is not null && !string.IsNullOrWhiteSpace(b.Grade)).ToList();
        errors.AddRange(valid.GroupBy(b => b.Grade, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => $"grade {g.Key} appears more than once"));
        errors.AddRange(valid.GroupBy(b => b.MinScore).Where(g => g.Count() > 1)
            .Select(g => string.Create(CultureInfo.InvariantCulture, $"grades {string.Join(", ", g.Select(b => b.Grade))} overlap: all start at {g.Key}")));
        if (valid.Count > 0 && !valid.Any(b => b.MinScore == 0d))
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"no band starts at 0, so scores from 0 to {valid.Min(b => b.MinScore)} have no grade"));
        }

        if (errors.Count > 0)
        {
            throw new ArgumentException("Invalid grade scale: " + string.Join("; ", errors) + ".", nameof(bands));
        }

        return new GradeScale([.. valid.OrderByDescending(b => b.MinScore)]);
    }

    /// <summary>Gets the grade of a score.</summary>
    /// <param name="score">The score, 0 to 100.</param>
    /// <returns>The grade of the band whose range holds the score.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="score"/> is not between 0 and 100.</exception>
    public string GradeOf(double score)
    {
        if (!(score >= 0d && score <= 100d))
        {
            throw Guard.OutOfRange(nameof(score), score, "score must be between 0 and 100.");
        }

        foreach (var band in Bands)
        {
            if (score >= band.MinScore)
            {
                return band.Grade;
            }
        }

        return Bands[^1].Grade;
    }

    /// <summary>Gets the upper end of a grade's band: the next better band's minimum (exclusive), or 100 for the best.</summary>
    /// <param name="grade">The grade.</param>
    /// <returns>The upper end.</returns>
    /// <exception cref="ArgumentException"><paramref name="grade"/> is not on the scale.</exception>
    public double UpperBound(string grade)
    {
        var rank = RankOf(grade);
        return rank == 0 ? 100d : Bands[rank - 1].MinScore;
    }

    /// <summary>Gets the rank of a grade: 0 for the best, counting down the scale.</summary>
    /// <param name="grade">The grade.</param>
    /// <returns>The rank.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="grade"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="grade"/> is not on the scale.</exception>
    public int RankOf(string grade)
    {
        Guard.NotNull(grade);
        for (var i = 0; i < Bands.Length; i++)
        {
            if (string.Equals(Bands[i].Grade, grade, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new ArgumentException($"Unknown grade '{grade}'; the scale has {string.Join(", ", Grades)}.", nameof(grade));
    }
}
