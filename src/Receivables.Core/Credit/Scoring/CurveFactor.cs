using Receivables.Internal;

namespace Receivables.Credit.Scoring;

/// <summary>What a <see cref="CurveFactor"/> read from a profile: the raw value and the figures for its reason (the
/// sub-score is added last), or the fields that are missing.</summary>
internal readonly record struct FactorReading(double? Value, object[] Figures, string MissingFields)
{
    public static FactorReading Of(double value, params object[] figures) => new(value, figures, string.Empty);

    public static FactorReading Missing(string fields) => new(null, [], fields);
}

/// <summary>A factor that reads one raw value from the profile and maps it through configurable bands.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class CurveFactor : ICreditFactor
{
    private readonly Func<CreditProfile, FactorReading> _read;
    private readonly ReasonCode _code;

    public CurveFactor(string name, ReasonCode code, ScoreCurve curve, Func<CreditProfile, FactorReading> read)
    {
        Name = name;
        _code = code;
        Curve = Guard.NotNull(curve);
        _read = read;
    }

    public string Name { get; }

    public ScoreCurve Curve { get; }

    public CreditFactorResult Evaluate(in CreditFactorArguments arguments)
    {
        var profile = Guard.NotNull(arguments.Profile, "arguments.Profile");
        var reading = _read(profile);
        if (reading.Value is not { } value)
        {
            return CreditFactorResult.NotAvailable(Name, reading.MissingFields);
        }

        var score = Curve.Map(value);
        return CreditFactorResult.Available(Name, score, value, _code.With([.. reading.Figures, Round(score, 1)]));
    }

    /// <summary>Rounds a figure for a reason, half away from zero.</summary>
    public static double Round(double value, int digits) => Math.Round(value, digits, MidpointRounding.AwayFromZero);
}
