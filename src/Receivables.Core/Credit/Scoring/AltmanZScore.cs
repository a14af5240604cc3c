using Receivables.Internal;

namespace Receivables.Credit.Scoring;

/// <summary>
/// An Altman Z-score computed from financial statements: the ratios, the score and its zone.
/// </summary>
/// <remarks>
/// <para>Ratios: X1 = working capital / total assets, X2 = retained earnings / total assets, X3 = EBIT / total assets,
/// X4 = equity / total liabilities (market value of equity for <see cref="AltmanModel.PublicManufacturer"/>, book value
/// otherwise), X5 = sales / total assets (not used by Z″).</para>
/// <para>Coefficients and cut-offs, as published by Altman:</para>
/// <list type="bullet">
/// <item>Z = 1.2 X1 + 1.4 X2 + 3.3 X3 + 0.6 X4 + 0.999 X5; distress below 1.81, safe above 2.99 (Altman, "Financial
/// ratios, discriminant analysis and the prediction of corporate bankruptcy", Journal of Finance 23(4), 1968, whose
/// coefficients .012, .014, .033, .006, .999 apply to X1–X4 in per cent).</item>
/// <item>Z′ = 0.717 X1 + 0.847 X2 + 3.107 X3 + 0.420 X4 + 0.998 X5; distress below 1.23, safe above 2.90 (Altman,
/// "Predicting financial distress of companies: revisiting the Z-score and ZETA models", NYU Stern working paper,
/// 2000, table for the private-firm model).</item>
/// <item>Z″ = 6.56 X1 + 3.26 X2 + 6.72 X3 + 1.05 X4; distress below 1.10, safe above 2.60 (same paper, the
/// non-manufacturer model). Some secondary sources quote Z′'s cut-offs 1.23/2.90 for Z″; they are wrong.</item>
/// <item>EMS = 3.25 + Z″ (Altman, Hartzell and Peck, "Emerging market corporate bonds — a scoring system", 1995;
/// Altman, "An emerging market credit scoring system for corporate bonds", Emerging Markets Review 6, 2005); zones at
/// Z″'s cut-offs plus the constant, distress below 4.35, safe above 5.85, and a bond-rating equivalent
/// (<see cref="BondRatingEquivalent"/>).</item>
/// </list>
/// <para>The original Z's X5 coefficient is 0.999 or 1.0 by <see cref="AltmanConvention"/>.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
/// <param name="Model">The model used.</param>
/// <param name="X1">Working capital / total assets.</param>
/// <param name="X2">Retained earnings / total assets.</param>
/// <param name="X3">EBIT / total assets.</param>
/// <param name="X4">Equity (market or book) / total liabilities.</param>
/// <param name="X5">Sales / total assets; null for Z″ and the EMS.</param>
/// <param name="Score">The Z-score.</param>
/// <param name="Zone">The zone the score falls in.</param>
public sealed record AltmanZScore(AltmanModel Model, double X1, double X2, double X3, double X4, double? X5, double Score, AltmanZone Zone)
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(AltmanZScore), PrintMembers);

    /// <summary>Gets the lower cut-off of a model: scores below it are in the distress zone.</summary>
    /// <param name="model">The model.</param>
    /// <returns>1.81, 1.23, 1.10 or 4.35.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="model"/> is not defined.</exception>
    public static double DistressCutOff(AltmanModel model) => Guard.Defined(model) switch
    {
        AltmanModel.PublicManufacturer => 1.81,
        AltmanModel.PrivateFirm => 1.23,
        AltmanModel.NonManufacturer => 1.10,
        _ => 4.35,
    };

    /// <summary>The constant the emerging-market score adds to Z″.</summary>
    public const double EmergingMarketConstant = 3.25;

    /// <summary>Gets the bond-rating equivalent of an emerging-market score (<see cref="AltmanModel.EmergingMarket"/>),
    /// from Altman (2005), table "US bond rating equivalent based on EM score"; null for the other models.</summary>
    /// <value>AAA from 8.15, AA+ 7.60, AA 7.30, AA− 7.00, A+ 6.85, A 6.65, A− 6.40, BBB+ 6.25, BBB 5.85, BBB− 5.65,
    /// BB+ 5.25, BB 4.95, BB− 4.75, B+ 4.50, B 4.15, B− 3.75, CCC+ 3.20, CCC 2.50, CCC− 1.75, D below 1.75 (each grade
    /// from its figure up to the next).</value>
    public string? BondRatingEquivalent => Model == AltmanModel.EmergingMarket ? RatingOf(Score) : null;

    private static readonly (double From, string Rating)[] EmsRatings =
    [
        (8.15, "AAA"), (7.60, "AA+"), (7.30, "AA"), (7.00, "AA-"), (6.85, "A+"), (6.65, "A"), (6.40, "A-"),
        (6.25, "BBB+"), (5.85, "BBB"), (5.65, "BBB-"), (5.25, "BB+"), (4.95, "BB"), (4.75, "BB-"), (4.50, "B+"),
        (4.15, "B"), (3.75, "B-"), (3.20, "CCC+"), (2.50, "CCC"), (1.75, "CCC-"),
    ];

    /// <summary>Gets the bond-rating equivalent of an emerging-market score (see <see cref="BondRatingEquivalent"/>).</summary>
    /// <param name="emergingMarketScore">The EMS.</param>
    /// <returns>The rating, from <c>AAA</c> to <c>D</c>.</returns>
    /// <exception cref="ArgumentException"><paramref name="emergingMarketScore"/> is NaN.</exception>
    public static string RatingOf(double emergingMarketScore)
    {
        if (double.IsNaN(emergingMarketScore))
        {
            throw new ArgumentException("emergingMarketScore must be a number.", nameof(emergingMarketScore));
        }

        foreach (var (from, rating) in EmsRatings)
        {
            if (emergingMarketScore >= from)
            {
                return rating;
            }
        }

        return "D";
    }

    /// <summary>Gets the upper cut-off of a model: scores above it are in the safe zone.</summary>
    /// <param name="model">The model.</param>
    /// <returns>2.99, 2.90, 2.60 or 5.85.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="model"/> is not defined.</exception>
    public static double SafeCutOff(AltmanModel model) => Guard.Defined(model) switch
    {
        AltmanModel.PublicManufacturer => 2.99,
        AltmanModel.PrivateFirm => 2.90,
        AltmanModel.NonManufacturer => 2.60,
        _ => 5.85,
    };

    /// <summary>Gets the zone of a score: distress below the lower cut-off, safe above the upper one, grey between
    /// (both cut-offs included in grey).</summary>
    /// <param name="model">The model.</param>
    /// <param name="score">The Z-score.</param>
    /// <returns>The zone.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="model"/> is not defined.</exception>
    public static AltmanZone ZoneOf(AltmanModel model, double score)
        => score < DistressCutOff(model) ? AltmanZone.Distress : score > SafeCutOff(model) ? AltmanZone.Safe : AltmanZone.Grey;

    /// <summary>Computes the score from the ratios.</summary>
    /// <param name="model">The model.</param>
    /// <param name="x1">Working capital / total assets.</param>
    /// <param name="x2">Retained earnings / total assets.</param>
    /// <param name="x3">EBIT / total assets.</param>
    /// <param name="x4">Equity / total liabilities.</param>
    /// <param name="x5">Sales / total assets (ignored by Z″ and the EMS).</param>
    /// <param name="convention">The X5 coefficient of the original Z. The default value is <see cref="AltmanConvention.Original"/> (0.999).</param>
    /// <returns>The score with its zone.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="model"/> or <paramref name="convention"/> is not defined.</exception>
    public static AltmanZScore FromRatios(AltmanModel model, double x1, double x2, double x3, double x4, double x5, AltmanConvention convention = AltmanConvention.Original)
    {
        var salesCoefficient = Guard.Defined(convention) == AltmanConvention.Printed ? 1.0 : 0.999;
        var score = Guard.Defined(model) switch
        {
            AltmanModel.PublicManufacturer => (1.2 * x1) + (1.4 * x2) + (3.3 * x3) + (0.6 * x4) + (salesCoefficient * x5),
            AltmanModel.PrivateFirm => (0.717 * x1) + (0.847 * x2) + (3.107 * x3) + (0.420 * x4) + (0.998 * x5),
            AltmanModel.NonManufacturer => (6.56 * x1) + (3.26 * x2) + (6.72 * x3) + (1.05 * x4),
            _ => EmergingMarketConstant + (6.56 * x1) + (3.26 * x2) + (6.72 * x3) + (1.05 * x4),
        };
        return new AltmanZScore(model, x1, x2, x3, x4, UsesSales(model) ? x5 : null, score, ZoneOf(model, score));
    }

    private static bool UsesSales(AltmanModel model) => model is AltmanModel.PublicManufacturer or AltmanModel.PrivateFirm;

    /// <summary>Computes the ratios and the score from financial statements.</summary>
    /// <param name="statements">The statements.</param>
    /// <param name="model">The model.</param>
    /// <param name="convention">The X5 coefficient of the original Z. The default value is <see cref="AltmanConvention.Original"/> (0.999).</param>
    /// <returns>The score, or null when a figure the model needs is missing (see <see cref="MissingFields"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="statements"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="model"/> or <paramref name="convention"/> is not defined.</exception>
    /// <exception cref="ArgumentException">Total liabilities are zero, so X4 is undefined; the message names the field.</exception>
    public static AltmanZScore? FromStatements(FinancialStatements statements, AltmanModel model, AltmanConvention convention = AltmanConvention.Original)
    {
        Guard.NotNull(statements);
        if (MissingFields(statements, model).Count > 0)
        {
            return null;
        }

        var s = statements;
        var assets = s.TotalAssets!.Value;
        var x1 = FinancialStatements.Ratio(s.WorkingCapitalOrComputed!.Value, assets, nameof(FinancialStatements.TotalAssets));
        var x2 = FinancialStatements.Ratio(s.RetainedEarnings!.Value, assets, nameof(FinancialStatements.TotalAssets));
        var x3 = FinancialStatements.Ratio(s.Ebit!.Value, assets, nameof(FinancialStatements.TotalAssets));
        var equity = model == AltmanModel.PublicManufacturer ? s.MarketEquity!.Value : s.BookEquity!.Value;
        var x4 = FinancialStatements.Ratio(equity, s.TotalLiabilities!.Value, nameof(FinancialStatements.TotalLiabilities));
        var x5 = UsesSales(model) ? FinancialStatements.Ratio(s.Sales!.Value, assets, nameof(FinancialStatements.TotalAssets)) : 0d;
        return FromRatios(model, x1, x2, x3, x4, x5, convention);
    }

    /// <summary>Lists the figures a model needs that the statements lack.</summary>
    /// <param name="statements">The statements.</param>
    /// <param name="model">The model.</param>
    /// <returns>The names of the missing fields; empty when the score can be computed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="statements"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="model"/> is not defined.</exception>
    public static IReadOnlyList<string> MissingFields(FinancialStatements statements, AltmanModel model)
    {
        Guard.NotNull(statements);
        Guard.Defined(model);
        var s = statements;
        var missing = new List<string>();
        if (s.WorkingCapital is null)
        {
            Need(s.CurrentAssets, nameof(FinancialStatements.CurrentAssets));
            Need(s.CurrentLiabilities, nameof(FinancialStatements.CurrentLiabilities));
        }

        Need(s.TotalAssets, nameof(FinancialStatements.TotalAssets));
        Need(s.TotalLiabilities, nameof(FinancialStatements.TotalLiabilities));
        Need(s.RetainedEarnings, nameof(FinancialStatements.RetainedEarnings));
        Need(s.Ebit, nameof(FinancialStatements.Ebit));
        if (model == AltmanModel.PublicManufacturer)
        {
            Need(s.MarketEquity, nameof(FinancialStatements.MarketEquity));
        }
        else
        {
            Need(s.BookEquity, nameof(FinancialStatements.BookEquity));
        }

        if (UsesSales(model))
        {
            Need(s.Sales, nameof(FinancialStatements.Sales));
        }

        return missing;

        void Need(decimal? value, string name)
        {
            if (value is null)
            {
                missing.Add(name);
            }
        }
    }
}
