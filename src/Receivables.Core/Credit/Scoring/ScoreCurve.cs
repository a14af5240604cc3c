using System.Collections.Immutable;
using System.Globalization;
using Receivables.Internal;

namespace Receivables.Credit.Scoring;

/// <summary>
/// Configurable bands that map a raw value to a sub-score from 0 to 100: straight lines between anchors, flat beyond
/// the first and last anchor. A curve whose scores rise (or fall) from anchor to anchor is monotone, so a better input
/// never gives a lower sub-score.
/// </summary>
/// <example>Current ratio 1.0 → 40, 1.5 → 70, 2.0 → 90: a ratio of 1.25 scores 55, a ratio of 5 scores 90.</example>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ScoreCurve
{
    private ScoreCurve(ImmutableArray<ScorePoint> points) => Points = points;

    /// <summary>Gets the anchors, by increasing value.</summary>
    public ImmutableArray<ScorePoint> Points { get; }

    /// <summary>Creates a curve through anchors.</summary>
    /// <param name="points">At least two anchors with strictly increasing, finite values and scores from 0 to 100.</param>
    /// <returns>The curve.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="points"/> is null.</exception>
    /// <exception cref="ArgumentException">Fewer than two anchors, values not strictly increasing or not finite, or a
    /// score outside 0–100; the message names the anchor.</exception>
    public static ScoreCurve Through(params IReadOnlyList<ScorePoint> points)
    {
        Guard.NotNull(points);
        if (points.Count < 2)
        {
            throw new ArgumentException("A score curve needs at least two points.", nameof(points));
        }

        for (var i = 0; i < points.Count; i++)
        {
            var p = points[i];
            if (!double.IsFinite(p.Value))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"points[{i}].Value must be finite."), nameof(points));
            }

            if (!(p.Score >= 0d && p.Score <= 100d))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"points[{i}].Score ({p.Score}) must be between 0 and 100."), nameof(points));
            }

            if (i > 0 && !(p.Value > points[i - 1].Value))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"points[{i}].Value ({p.Value}) must be greater than points[{i - 1}].Value ({points[i - 1].Value})."), nameof(points));
            }
        }

        return new ScoreCurve([.. points]);
    }

    /// <summary>Gets a value indicating whether scores never fall as the value rises (higher is better).</summary>
    public bool IsNonDecreasing => Enumerable.Range(1, Points.Length - 1).All(i => Points[i].Score >= Points[i - 1].Score);

    /// <summary>Gets a value indicating whether scores never rise as the value rises (lower is better).</summary>
    public bool IsNonIncreasing => Enumerable.Range(1, Points.Length - 1).All(i => Points[i].Score <= Points[i - 1].Score);

    /// <summary>Maps a raw value to its sub-score.</summary>
    /// <param name="value">The raw value; NaN is refused, infinities take the end scores.</param>
    /// <returns>The sub-score, 0 to 100.</returns>
    /// <exception cref="ArgumentException"><paramref name="value"/> is NaN.</exception>
    public double Map(double value)
    {
        if (double.IsNaN(value))
        {
            throw new ArgumentException("value must be a number.", nameof(value));
        }

        var points = Points;
        if (value <= points[0].Value)
        {
            return points[0].Score;
        }

        for (var i = 1; i < points.Length; i++)
        {
            if (value <= points[i].Value)
            {
                var a = points[i - 1];
                var b = points[i];
                var t = (value - a.Value) / (b.Value - a.Value);
                return Math.Clamp(a.Score + (t * (b.Score - a.Score)), 0d, 100d);
            }
        }

        return points[^1].Score;
    }
}
