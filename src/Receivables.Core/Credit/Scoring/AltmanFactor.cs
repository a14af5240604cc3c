using System.Globalization;
using Receivables.Internal;

namespace Receivables.Credit.Scoring;

/// <summary>Altman's Z, Z′ or Z″ from the statements, mapped so that the distress zone scores below 30, the grey zone
/// 30–70 and the safe zone above 70 (straight lines; 0 at one point below the distress cut-off, 100 at 1.5 above the
/// safe cut-off).</summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class AltmanFactor : ICreditFactor
{
    private readonly AltmanModel _model;
    private readonly ScoreCurve _curve;

    public AltmanFactor(AltmanModel model)
    {
        _model = Guard.Defined(model);
        var low = AltmanZScore.DistressCutOff(model);
        var high = AltmanZScore.SafeCutOff(model);
        _curve = ScoreCurve.Through(new ScorePoint(low - 1d, 0), new ScorePoint(low, 30), new ScorePoint(high, 70), new ScorePoint(high + 1.5d, 100));
    }

    public string Name => _model switch
    {
        AltmanModel.PublicManufacturer => "altman-z",
        AltmanModel.PrivateFirm => "altman-z-private",
        _ => "altman-z-nonmanufacturer",
    };

    public CreditFactorResult Evaluate(CreditProfile profile)
    {
        Guard.NotNull(profile);
        if (profile.Statements is not { } statements)
        {
            return CreditFactorResult.NotAvailable(Name, "no financial statements");
        }

        var missing = AltmanZScore.MissingFields(statements, _model);
        if (missing.Count > 0)
        {
            return CreditFactorResult.NotAvailable(Name, "statements lack " + string.Join(", ", missing));
        }

        var z = AltmanZScore.FromStatements(statements, _model)!;
        var label = _model switch { AltmanModel.PublicManufacturer => "Z", AltmanModel.PrivateFirm => "Z′", _ => "Z″" };
        var zone = z.Zone switch { AltmanZone.Distress => "distress", AltmanZone.Grey => "grey", _ => "safe" };
        var summary = string.Create(CultureInfo.InvariantCulture, $"Altman {label} is {z.Score:0.00}, in the {zone} zone");
        var code = z.Zone switch { AltmanZone.Distress => "ALTMAN-DISTRESS", AltmanZone.Grey => "ALTMAN-GREY", _ => "ALTMAN-SAFE" };
        return CreditFactorResult.Available(Name, _curve.Map(z.Score), z.Score, summary, [new CreditReason(code, summary)]);
    }
}
