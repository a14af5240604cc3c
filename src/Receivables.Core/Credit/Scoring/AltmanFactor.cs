using Receivables.Internal;

namespace Receivables.Credit.Scoring;

/// <summary>Altman's Z, Z′, Z″ or EMS from the statements, mapped so that the distress zone scores below 30, the grey
/// zone 30–70 and the safe zone above 70 (straight lines; 0 at one point below the distress cut-off, 100 at 1.5 above
/// the safe cut-off).</summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class AltmanFactor : ICreditFactor
{
    private readonly AltmanModel _model;
    private readonly AltmanConvention _convention;
    private readonly ScoreCurve _curve;

    public AltmanFactor(AltmanModel model, AltmanConvention convention)
    {
        _model = Guard.Defined(model);
        _convention = Guard.Defined(convention);
        var low = AltmanZScore.DistressCutOff(model);
        var high = AltmanZScore.SafeCutOff(model);
        _curve = ScoreCurve.Through(new ScorePoint(low - 1d, 0), new ScorePoint(low, 30), new ScorePoint(high, 70), new ScorePoint(high + 1.5d, 100));
    }

    public string Name => _model switch
    {
        AltmanModel.PublicManufacturer => "altman-z",
        AltmanModel.PrivateFirm => "altman-z-private",
        AltmanModel.NonManufacturer => "altman-z-nonmanufacturer",
        _ => "altman-ems",
    };

    public CreditFactorResult Evaluate(in CreditFactorArguments arguments)
    {
        var profile = Guard.NotNull(arguments.Profile, "arguments.Profile");
        if (profile.Statements is not { } statements)
        {
            return CreditFactorResult.NotAvailable(Name, nameof(CreditProfile.Statements));
        }

        var missing = AltmanZScore.MissingFields(statements, _model);
        if (missing.Count > 0)
        {
            return CreditFactorResult.NotAvailable(Name, string.Join(", ", missing.Select(m => "Statements." + m)));
        }

        var z = AltmanZScore.FromStatements(statements, _model, _convention)!;
        var score = _curve.Map(z.Score);
        return CreditFactorResult.Available(Name, score, z.Score, CreditReasonCodes.Altman.With(_model, CurveFactor.Round(z.Score, 2), z.Zone, CurveFactor.Round(score, 1)));
    }
}
