using Receivables.Credit.LatePayment;
using Receivables.Internal;

namespace Receivables.Credit.Scoring;

/// <summary>
/// The built-in credit factors. Each one reads its inputs from a <see cref="CreditProfile"/>, maps a raw value through
/// configurable bands (<see cref="ScoreCurve"/>) to a sub-score from 0 to 100, and says "not available" when its
/// inputs are missing. Every default curve is monotone: a better input never lowers the sub-score.
/// </summary>
/// <remarks>This type is stateless and thread-safe; the factors it returns are immutable and thread-safe.</remarks>
public static class CreditFactors
{
    /// <summary>The name of the payment-index factor.</summary>
    public const string PaymentIndexName = "payment-index";

    /// <summary>
    /// The payment index (PAYDEX-style): the payments applied in the window plus the items open on the as-of date (at
    /// their days overdue; not yet due counts as prompt, 0 days), weighted into one index by <paramref name="weighting"/>
    /// on the <see cref="Paydex"/> key; payments the host marked in <see cref="CreditProfile.PaymentHabits"/> as
    /// discounting or anticipating score 90 and 100. Raw value: the amount-weighted average days beyond terms. Reasons:
    /// <see cref="CreditReasonCodes.PaymentIndexLate"/> or <see cref="CreditReasonCodes.PaymentIndexPrompt"/>,
    /// <see cref="CreditReasonCodes.PaymentOverdue"/>, and <see cref="CreditReasonCodes.PaymentTrendDown"/> or
    /// <see cref="CreditReasonCodes.PaymentTrendUp"/> when the index of the last 3 months differs from the 9 months
    /// before by at least <paramref name="trendPoints"/> (the trend is reported, not scored). Not available without
    /// payments in the window or open items.
    /// </summary>
    /// <param name="windowMonths">The window in months up to the as-of date. The default value is 24.</param>
    /// <param name="trendPoints">The index change reported as a trend. The default value is 5.</param>
    /// <param name="weighting">The weighting convention. The default value is <see cref="PaydexWeighting.DaysThenKey"/>.</param>
    /// <returns>The factor, named <c>payment-index</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="windowMonths"/> is not 1–120, <paramref name="trendPoints"/>
    /// is negative or <paramref name="weighting"/> is not defined.</exception>
    public static ICreditFactor PaymentIndex(int windowMonths = 24, double trendPoints = 5, PaydexWeighting weighting = PaydexWeighting.DaysThenKey)
    {
        Guard.InRange(windowMonths, 1, 120);
        Guard.Defined(weighting);
        if (!(trendPoints >= 0d))
        {
            throw Guard.OutOfRange(nameof(trendPoints), trendPoints, "trendPoints must not be negative.");
        }

        return new PaymentIndexFactor(windowMonths, trendPoints, weighting);
    }

    /// <summary>
    /// Altman's Z-score of the model the caller chooses (see <see cref="AltmanZScore"/> for coefficients, cut-offs and
    /// sources). Sub-scores: distress zone 0–30, grey zone 30–70, safe zone 70–100, straight lines between 1 point below
    /// the distress cut-off (0), the two cut-offs (30, 70) and 1.5 points above the safe cut-off (100). Reason
    /// <see cref="CreditReasonCodes.Altman"/>. Not available when a figure the model needs is missing.
    /// </summary>
    /// <param name="model">The model.</param>
    /// <param name="convention">The X5 coefficient of the original Z (0.999 or 1.0). The default value is <see cref="AltmanConvention.Original"/>.</param>
    /// <returns>The factor, named <c>altman-z</c>, <c>altman-z-private</c>, <c>altman-z-nonmanufacturer</c> or <c>altman-ems</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="model"/> or <paramref name="convention"/> is not defined.</exception>
    public static ICreditFactor AltmanZ(AltmanModel model, AltmanConvention convention = AltmanConvention.Original) => new AltmanFactor(model, convention);

    /// <summary>Liquidity: current ratio = current assets / current liabilities.</summary>
    /// <param name="bands">The bands. The default value is 0.5 → 0, 1.0 → 40, 1.5 → 70, 2.0 → 90, 3.0 → 100.</param>
    /// <returns>The factor, named <c>current-ratio</c>.</returns>
    /// <remarks>Evaluating throws <see cref="ArgumentException"/> naming <c>CurrentLiabilities</c> when they are zero.</remarks>
    public static ICreditFactor CurrentRatio(ScoreCurve? bands = null)
        => new CurveFactor("current-ratio", CreditReasonCodes.CurrentRatio, bands ?? Curve((0.5, 0), (1.0, 40), (1.5, 70), (2.0, 90), (3.0, 100)), p =>
            p.Statements is { CurrentAssets: { } ca, CurrentLiabilities: { } cl }
                ? Reading(FinancialStatements.Ratio(ca, cl, nameof(FinancialStatements.CurrentLiabilities)), 2)
                : FactorReading.Missing("Statements.CurrentAssets, Statements.CurrentLiabilities"));

    /// <summary>Liquidity: quick ratio = (current assets − inventory) / current liabilities.</summary>
    /// <param name="bands">The bands. The default value is 0.3 → 0, 0.7 → 40, 1.0 → 70, 1.5 → 100.</param>
    /// <returns>The factor, named <c>quick-ratio</c>.</returns>
    /// <remarks>Evaluating throws <see cref="ArgumentException"/> naming <c>CurrentLiabilities</c> when they are zero.</remarks>
    public static ICreditFactor QuickRatio(ScoreCurve? bands = null)
        => new CurveFactor("quick-ratio", CreditReasonCodes.QuickRatio, bands ?? Curve((0.3, 0), (0.7, 40), (1.0, 70), (1.5, 100)), p =>
            p.Statements is { CurrentAssets: { } ca, Inventory: { } inv, CurrentLiabilities: { } cl }
                ? Reading(FinancialStatements.Ratio(ca - inv, cl, nameof(FinancialStatements.CurrentLiabilities)), 2)
                : FactorReading.Missing("Statements.CurrentAssets, Statements.Inventory, Statements.CurrentLiabilities"));

    /// <summary>Leverage: debt ratio = total liabilities / total assets; lower is better.</summary>
    /// <param name="bands">The bands. The default value is 0.3 → 100, 0.5 → 75, 0.7 → 45, 0.9 → 15, 1.0 → 0.</param>
    /// <returns>The factor, named <c>leverage</c>.</returns>
    public static ICreditFactor Leverage(ScoreCurve? bands = null)
        => new CurveFactor("leverage", CreditReasonCodes.Leverage, bands ?? Curve((0.3, 100), (0.5, 75), (0.7, 45), (0.9, 15), (1.0, 0)), p =>
            p.Statements is { TotalLiabilities: { } tl, TotalAssets: { } ta }
                ? Reading(FinancialStatements.Ratio(tl, ta, nameof(FinancialStatements.TotalAssets)), 4)
                : FactorReading.Missing("Statements.TotalLiabilities, Statements.TotalAssets"));

    /// <summary>Profitability: return on assets = net income / total assets.</summary>
    /// <param name="bands">The bands. The default value is −0.10 → 0, 0 → 30, 0.05 → 60, 0.10 → 85, 0.20 → 100.</param>
    /// <returns>The factor, named <c>profitability</c>.</returns>
    public static ICreditFactor Profitability(ScoreCurve? bands = null)
        => new CurveFactor("profitability", CreditReasonCodes.Profitability, bands ?? Curve((-0.10, 0), (0, 30), (0.05, 60), (0.10, 85), (0.20, 100)), p =>
            p.Statements is { NetIncome: { } ni, TotalAssets: { } ta }
                ? Reading(FinancialStatements.Ratio(ni, ta, nameof(FinancialStatements.TotalAssets)), 4)
                : FactorReading.Missing("Statements.NetIncome, Statements.TotalAssets"));

    /// <summary>Efficiency: asset turnover = sales / total assets.</summary>
    /// <param name="bands">The bands. The default value is 0.2 → 10, 0.5 → 40, 1.0 → 70, 2.0 → 100.</param>
    /// <returns>The factor, named <c>asset-turnover</c>.</returns>
    public static ICreditFactor AssetTurnover(ScoreCurve? bands = null)
        => new CurveFactor("asset-turnover", CreditReasonCodes.AssetTurnover, bands ?? Curve((0.2, 10), (0.5, 40), (1.0, 70), (2.0, 100)), p =>
            p.Statements is { Sales: { } s, TotalAssets: { } ta }
                ? Reading(FinancialStatements.Ratio(s, ta, nameof(FinancialStatements.TotalAssets)), 2)
                : FactorReading.Missing("Statements.Sales, Statements.TotalAssets"));

    /// <summary>Cash-flow coverage: operating cash flow / current liabilities.</summary>
    /// <param name="bands">The bands. The default value is −0.2 → 0, 0 → 30, 0.2 → 60, 0.4 → 85, 0.6 → 100.</param>
    /// <returns>The factor, named <c>cash-flow-coverage</c>.</returns>
    /// <remarks>Evaluating throws <see cref="ArgumentException"/> naming <c>CurrentLiabilities</c> when they are zero.</remarks>
    public static ICreditFactor CashFlowCoverage(ScoreCurve? bands = null)
        => new CurveFactor("cash-flow-coverage", CreditReasonCodes.CashFlowCoverage, bands ?? Curve((-0.2, 0), (0, 30), (0.2, 60), (0.4, 85), (0.6, 100)), p =>
            p.Statements is { OperatingCashFlow: { } ocf, CurrentLiabilities: { } cl }
                ? Reading(FinancialStatements.Ratio(ocf, cl, nameof(FinancialStatements.CurrentLiabilities)), 4)
                : FactorReading.Missing("Statements.OperatingCashFlow, Statements.CurrentLiabilities"));

    /// <summary>Tenure: whole months from <see cref="CreditProfile.CustomerSince"/> to the as-of date.</summary>
    /// <param name="bands">The bands. The default value is 0 → 20, 12 → 50, 36 → 80, 60 → 100.</param>
    /// <returns>The factor, named <c>tenure</c>.</returns>
    public static ICreditFactor Tenure(ScoreCurve? bands = null)
        => new CurveFactor("tenure", CreditReasonCodes.Tenure, bands ?? Curve((0, 20), (12, 50), (36, 80), (60, 100)), p =>
            p.CustomerSince is { } since
                ? Reading(Math.Max(0, Months(since, p.AsOf)), 0)
                : FactorReading.Missing(nameof(CreditProfile.CustomerSince)));

    /// <summary>Limit utilisation: exposure (open receivables + open orders) / current credit limit; lower is better.</summary>
    /// <param name="bands">The bands. The default value is 0.5 → 100, 0.8 → 70, 1.0 → 40, 1.2 → 0.</param>
    /// <returns>The factor, named <c>limit-utilisation</c>; not available without a positive limit in the profile's currency.</returns>
    public static ICreditFactor LimitUtilisation(ScoreCurve? bands = null)
        => new CurveFactor("limit-utilisation", CreditReasonCodes.LimitUtilisation, bands ?? Curve((0.5, 100), (0.8, 70), (1.0, 40), (1.2, 0)), p =>
            p.CreditLimit is { IsPositive: true } limit && limit.Currency == p.Currency
                ? Reading((double)(p.Exposure.Amount / limit.Amount), 4)
                : FactorReading.Missing(nameof(CreditProfile.CreditLimit)));

    /// <summary>Dispute rate: amount disputed / amount invoiced over the last 12 months; lower is better.</summary>
    /// <param name="bands">The bands. The default value is 0 → 100, 0.02 → 80, 0.05 → 50, 0.10 → 20, 0.20 → 0.</param>
    /// <returns>The factor, named <c>dispute-rate</c>; not available when nothing was invoiced.</returns>
    public static ICreditFactor DisputeRate(ScoreCurve? bands = null)
        => new CurveFactor("dispute-rate", CreditReasonCodes.DisputeRate, bands ?? Curve((0, 100), (0.02, 80), (0.05, 50), (0.10, 20), (0.20, 0)), p =>
            p.InvoicedLast12Months is { IsPositive: true } invoiced && p.DisputedLast12Months is { } disputed
                ? Reading((double)(disputed.Amount / invoiced.Amount), 4)
                : FactorReading.Missing(nameof(CreditProfile.InvoicedLast12Months)));

    /// <summary>External score: the bureau scores rescaled to 0–100 on their own scales and averaged.</summary>
    /// <returns>The factor, named <c>external-score</c>; not available without bureau scores.</returns>
    public static ICreditFactor ExternalScore()
        => new CurveFactor("external-score", CreditReasonCodes.ExternalScore, Curve((0, 0), (100, 100)), p =>
            p.ExternalScores.Count > 0
                ? Reading(p.ExternalScores.Average(s => s.Rescaled), 1)
                : FactorReading.Missing(nameof(CreditProfile.ExternalScores)));

    /// <summary>Industry risk: the class from 1 (lowest risk) to 5 (highest).</summary>
    /// <param name="bands">The bands. The default value is 1 → 100, 2 → 80, 3 → 60, 4 → 35, 5 → 10.</param>
    /// <returns>The factor, named <c>industry-risk</c>.</returns>
    public static ICreditFactor IndustryRisk(ScoreCurve? bands = null)
        => new CurveFactor("industry-risk", CreditReasonCodes.IndustryRisk, bands ?? Curve((1, 100), (2, 80), (3, 60), (4, 35), (5, 10)), p =>
            p.IndustryRiskClass is { } c
                ? Reading(c, 0)
                : FactorReading.Missing(nameof(CreditProfile.IndustryRiskClass)));

    /// <summary>Industry reputation: a host-supplied rating of the customer's standing in its industry (a trade
    /// association's rating, a supplier panel, a bureau's industry ranking) on its own scale
    /// (<see cref="CreditProfile.IndustryRating"/>), rescaled to 0–100; reason <see cref="CreditReasonCodes.IndustryReputation"/>.</summary>
    /// <param name="bands">The bands over the rescaled rating. The default value is 0 → 0, 100 → 100 (the rescaled rating itself).</param>
    /// <returns>The factor, named <c>industry-reputation</c>; not available without a rating.</returns>
    public static ICreditFactor IndustryReputation(ScoreCurve? bands = null)
        => new CurveFactor("industry-reputation", CreditReasonCodes.IndustryReputation, bands ?? Curve((0, 0), (100, 100)), p =>
            p.IndustryRating is { } r
                ? FactorReading.Of(r.Rescaled, r.Source, r.Value, r.Worst, r.Best)
                : FactorReading.Missing(nameof(CreditProfile.IndustryRating)));

    /// <summary>Business scale: the customer's size by annual revenue or headcount, supplied by the host
    /// (<see cref="CreditProfile.Scale"/>), mapped through bands; bigger is better up to the last band. Reason
    /// <see cref="CreditReasonCodes.BusinessScale"/>.</summary>
    /// <param name="measure">Which figure to read.</param>
    /// <param name="bands">The bands. The default value, for <see cref="ScaleMeasure.Headcount"/>, follows the EU SME
    /// size classes: 0 → 20, 10 → 40, 50 → 60, 250 → 80, 1000 → 100; for <see cref="ScaleMeasure.Revenue"/> (in the
    /// profile's currency units, the EU thresholds read as such): 0 → 20, 2,000,000 → 40, 10,000,000 → 60,
    /// 50,000,000 → 80, 250,000,000 → 100. Give your own bands for other currencies.</param>
    /// <returns>The factor, named <c>business-scale</c>; not available when the host gave no figure of that measure.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="measure"/> is not defined.</exception>
    /// <remarks>Evaluating throws <see cref="CurrencyMismatchException"/> when the revenue is in another currency than the profile.</remarks>
    public static ICreditFactor BusinessScale(ScaleMeasure measure, ScoreCurve? bands = null)
    {
        Guard.Defined(measure);
        return measure == ScaleMeasure.Headcount
            ? new CurveFactor("business-scale", CreditReasonCodes.BusinessScale, bands ?? Curve((0, 20), (10, 40), (50, 60), (250, 80), (1000, 100)), p =>
                p.Scale?.Headcount is { } h
                    ? FactorReading.Of(h, measure, h)
                    : FactorReading.Missing(nameof(CreditProfile.Scale) + "." + nameof(Credit.BusinessScale.Headcount)))
            : new CurveFactor("business-scale", CreditReasonCodes.BusinessScale, bands ?? Curve((0, 20), (2_000_000, 40), (10_000_000, 60), (50_000_000, 80), (250_000_000, 100)), p =>
                p.Scale?.AnnualRevenue is { } r
                    ? FactorReading.Of((double)RevenueIn(r, p.Currency).Amount, measure, r)
                    : FactorReading.Missing(nameof(CreditProfile.Scale) + "." + nameof(Credit.BusinessScale.AnnualRevenue)));
    }

    /// <summary>
    /// The late-payment probability of the customer's next invoice from a fitted <see cref="LatePaymentModel"/>
    /// (<see cref="LatePaymentModel.PredictCustomer"/>); sub-score 100 × (1 − probability), raw value the probability,
    /// reason <see cref="CreditReasonCodes.LatePaymentProbability"/>. Not monotone by construction: the fitted coefficients decide which way each
    /// behaviour pushes.
    /// </summary>
    /// <param name="model">The fitted model.</param>
    /// <returns>The factor, named <c>late-payment-probability</c>; not available when the profile has no invoices.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is null.</exception>
    public static ICreditFactor LatePaymentProbability(LatePaymentModel model) => new LatePaymentFactor(Guard.NotNull(model));

    private static Money RevenueIn(Money revenue, Currency currency)
        => revenue.Currency == currency ? revenue : throw new CurrencyMismatchException(currency, revenue.Currency, nameof(CreditProfile.Scale) + "." + nameof(Credit.BusinessScale.AnnualRevenue));

    private static ScoreCurve Curve(params (double Value, double Score)[] points)
        => ScoreCurve.Through([.. points.Select(p => new ScorePoint(p.Value, p.Score))]);

    private static FactorReading Reading(double value, int digits)
        => FactorReading.Of(value, digits == 0 ? (object)(int)Math.Round(value, MidpointRounding.AwayFromZero) : CurveFactor.Round(value, digits));

    private static int Months(DateOnly from, DateOnly to)
    {
        var months = ((to.Year - from.Year) * 12) + to.Month - from.Month;
        return to.Day < from.Day ? months - 1 : months;
    }
}
