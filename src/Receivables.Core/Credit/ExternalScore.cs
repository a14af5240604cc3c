using System.Globalization;
using Receivables.Internal;

namespace Receivables.Credit;

/// <summary>A score from an external credit bureau with its scale, so it can be rescaled to 0–100.</summary>
/// <remarks>Immutable and thread-safe. The constructor checks that the value lies on the scale.</remarks>
public sealed record ExternalScore
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(ExternalScore), PrintMembers);

    /// <summary>Creates a bureau score.</summary>
    /// <param name="source">The bureau or product, such as "D&amp;B Failure Score".</param>
    /// <param name="value">The score.</param>
    /// <param name="worst">The worst value on the bureau's scale.</param>
    /// <param name="best">The best value on the bureau's scale (may be lower than <paramref name="worst"/> when lower is better).</param>
    /// <param name="asOf">When the bureau produced the score; null if unknown.</param>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="worst"/> equals <paramref name="best"/>, or <paramref name="value"/> is off the scale.</exception>
    public ExternalScore(string source, decimal value, decimal worst, decimal best, DateOnly? asOf = null)
    {
        Source = Guard.NotBlank(source);
        if (worst == best)
        {
            throw new ArgumentException("An external score scale needs different worst and best values.", nameof(best));
        }

        if (value < Math.Min(worst, best) || value > Math.Max(worst, best))
        {
            throw Guard.OutOfRange(nameof(value), value, string.Create(CultureInfo.InvariantCulture, $"value must lie between {worst} and {best}."));
        }

        Value = value;
        Worst = worst;
        Best = best;
        AsOf = asOf;
    }

    /// <summary>Gets the bureau or product.</summary>
    public string Source { get; }

    /// <summary>Gets the score on the bureau's scale.</summary>
    public decimal Value { get; }

    /// <summary>Gets the worst value of the scale.</summary>
    public decimal Worst { get; }

    /// <summary>Gets the best value of the scale.</summary>
    public decimal Best { get; }

    /// <summary>Gets when the bureau produced the score, or null.</summary>
    public DateOnly? AsOf { get; }

    /// <summary>Gets the score rescaled linearly to 0 (worst) – 100 (best).</summary>
    public double Rescaled => (double)((Value - Worst) / (Best - Worst) * 100m);
}
