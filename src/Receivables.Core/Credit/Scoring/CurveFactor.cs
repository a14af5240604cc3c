using Receivables.Internal;

namespace Receivables.Credit.Scoring;

/// <summary>What a <see cref="CurveFactor"/> read from a profile: the raw value and its description, or why it is missing.</summary>
internal readonly record struct FactorReading(double? Value, string Text)
{
    public static FactorReading Missing(string why) => new(null, why);
}

/// <summary>A factor that reads one raw value from the profile and maps it through configurable bands.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class CurveFactor : ICreditFactor
{
    private readonly Func<CreditProfile, FactorReading> _read;

    public CurveFactor(string name, string codePrefix, ScoreCurve curve, Func<CreditProfile, FactorReading> read)
    {
        Name = name;
        CodePrefix = codePrefix;
        Curve = Guard.NotNull(curve);
        _read = read;
    }

    public string Name { get; }

    public string CodePrefix { get; }

    public ScoreCurve Curve { get; }

    public CreditFactorResult Evaluate(CreditProfile profile)
    {
        Guard.NotNull(profile);
        var reading = _read(profile);
        if (reading.Value is not { } value)
        {
            return CreditFactorResult.NotAvailable(Name, reading.Text);
        }

        var score = Curve.Map(value);
        return CreditFactorResult.Available(Name, score, value, reading.Text, [BandReason(CodePrefix, score, reading.Text)]);
    }

    /// <summary>The reason code of a sub-score: WEAK below 40, FAIR below 70, STRONG from 70.</summary>
    public static CreditReason BandReason(string prefix, double score, string text)
        => new(prefix + (score < 40d ? "-WEAK" : score < 70d ? "-FAIR" : "-STRONG"), text);
}
