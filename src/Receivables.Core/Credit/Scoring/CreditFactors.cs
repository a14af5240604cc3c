using System.Globalization;
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
    /// The payment index (PAYDEX-style): amount-weighted days beyond terms of the payments applied in the window plus the
    /// items open on the as-of date (at their days overdue; not yet due counts as prompt, 0 days), mapped by
    /// <see cref="Paydex"/>. Raw value: the
    /// average days beyond terms. Reasons: <c>PAY-LATE</c> or <c>PAY-PROMPT</c>, <c>PAY-OVERDUE</c>, and
    /// <c>PAY-TREND-DOWN</c>/<c>PAY-TREND-UP</c> when the index of the last 3 months differs from the 9 months before
    /// by at least <paramref name="trendPoints"/> (the trend is reported, not scored). Not available without payments in
    /// the window or open items.
    /// </summary>
    /// <param name="windowMonths">The window in months up to the as-of date. The default value is 24.</param>
    /// <param name="trendPoints">The index change reported as a trend. The default value is 5.</param>
    /// <returns>The factor, named <c>payment-index</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="windowMonths"/> is not 1–120 or <paramref name="trendPoints"/> is negative.</exception>
    public static ICreditFactor PaymentIndex(int windowMonths = 24, double trendPoints = 5)
    {
        Guard.InRange(windowMonths, 1, 120);
        if (!(trendPoints >= 0d))
        {
            throw new ArgumentOutOfRangeException(nameof(trendPoints), trendPoints, "trendPoints must not be negative.");
        }

        return new PaymentIndexFactor(windowMonths, trendPoints);
    }

    /// <summary>
    /// Altman's Z-score of the model the caller chooses (see <see cref="AltmanZScore"/> for coefficients, cut-offs and
    /// sources). Sub-scores: distress zone 0–30, grey zone 30–70, safe zone 70–100, straight lines between 1 point below
    /// the distress cut-off (0), the two cut-offs (30, 70) and 1.5 points above the safe cut-off (100). Not available
    /// when a figure the model needs is missing.
    /// </summary>
    /// <param name="model">The model.</param>
    /// <returns>The factor, named <c>altman-z</c>, <c>altman-z-private</c> or <c>altman-z-nonmanufacturer</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="model"/> is not defined.</exception>
    public static ICreditFactor AltmanZ(AltmanModel model) => new AltmanFactor(model);

    /// <summary>Liquidity: current ratio = current assets / current liabilities (reason prefix <c>LIQ-CURRENT</c>).</summary>
    /// <param name="bands">The bands. The default value is 0.5 → 0, 1.0 → 40, 1.5 → 70, 2.0 → 90, 3.0 → 100.</param>
    /// <returns>The factor, named <c>current-ratio</c>.</returns>
    /// <remarks>Evaluating throws <see cref="ArgumentException"/> naming <c>CurrentLiabilities</c> when they are zero.</remarks>
    public static ICreditFactor CurrentRatio(ScoreCurve? bands = null)
        => new CurveFactor("current-ratio", "LIQ-CURRENT", bands ?? Curve((0.5, 0), (1.0, 40), (1.5, 70), (2.0, 90), (3.0, 100)), p =>
            p.Statements is { CurrentAssets: { } ca, CurrentLiabilities: { } cl }
                ? Reading(FinancialStatements.Ratio(ca, cl, nameof(FinancialStatements.CurrentLiabilities)), "current ratio is {0:0.00}")
                : FactorReading.Missing("statements lack current assets or current liabilities"));

    /// <summary>Liquidity: quick ratio = (current assets − inventory) / current liabilities (reason prefix <c>LIQ-QUICK</c>).</summary>
    /// <param name="bands">The bands. The default value is 0.3 → 0, 0.7 → 40, 1.0 → 70, 1.5 → 100.</param>
    /// <returns>The factor, named <c>quick-ratio</c>.</returns>
    /// <remarks>Evaluating throws <see cref="ArgumentException"/> naming <c>CurrentLiabilities</c> when they are zero.</remarks>
    public static ICreditFactor QuickRatio(ScoreCurve? bands = null)
        => new CurveFactor("quick-ratio", "LIQ-QUICK", bands ?? Curve((0.3, 0), (0.7, 40), (1.0, 70), (1.5, 100)), p =>
            p.Statements is { CurrentAssets: { } ca, Inventory: { } inv, CurrentLiabilities: { } cl }
                ? Reading(FinancialStatements.Ratio(ca - inv, cl, nameof(FinancialStatements.CurrentLiabilities)), "quick ratio is {0:0.00}")
                : FactorReading.Missing("statements lack current assets, inventory or current liabilities"));

    /// <summary>Leverage: debt ratio = total liabilities / total assets; lower is better (reason prefix <c>LEV</c>).</summary>
    /// <param name="bands">The bands. The default value is 0.3 → 100, 0.5 → 75, 0.7 → 45, 0.9 → 15, 1.0 → 0.</param>
    /// <returns>The factor, named <c>leverage</c>.</returns>
    public static ICreditFactor Leverage(ScoreCurve? bands = null)
        => new CurveFactor("leverage", "LEV", bands ?? Curve((0.3, 100), (0.5, 75), (0.7, 45), (0.9, 15), (1.0, 0)), p =>
            p.Statements is { TotalLiabilities: { } tl, TotalAssets: { } ta }
                ? Reading(FinancialStatements.Ratio(tl, ta, nameof(FinancialStatements.TotalAssets)), "liabilities are {0:0%} of assets")
                : FactorReading.Missing("statements lack total liabilities or total assets"));

    /// <summary>Profitability: return on assets = net income / total assets (reason prefix <c>PROFIT</c>).</summary>
    /// <param name="bands">The bands. The default value is −0.10 → 0, 0 → 30, 0.05 → 60, 0.10 → 85, 0.20 → 100.</param>
    /// <returns>The factor, named <c>profitability</c>.</returns>
    public static ICreditFactor Profitability(ScoreCurve? bands = null)
        => new CurveFactor("profitability", "PROFIT", bands ?? Curve((-0.10, 0), (0, 30), (0.05, 60), (0.10, 85), (0.20, 100)), p =>
            p.Statements is { NetIncome: { } ni, TotalAssets: { } ta }
                ? Reading(FinancialStatements.Ratio(ni, ta, nameof(FinancialStatements.TotalAssets)), "return on assets is {0:0.0%}")
                : FactorReading.Missing("statements lack net income or total assets"));

    /// <summary>Efficiency: asset turnover = sales / total assets (reason prefix <c>TURNOVER</c>).</summary>
    /// <param name="bands">The bands. The default value is 0.2 → 10, 0.5 → 40, 1.0 → 70, 2.0 → 100.</param>
    /// <returns>The factor, named <c>asset-turnover</c>.</returns>
    public static ICreditFactor AssetTurnover(ScoreCurve? bands = null)
        => new CurveFactor("asset-turnover", "TURNOVER", bands ?? Curve((0.2, 10), (0.5, 40), (1.0, 70), (2.0, 100)), p =>
            p.Statements is { Sales: { } s, TotalAssets: { } ta }
                ? Reading(FinancialStatements.Ratio(s, ta, nameof(FinancialStatements.TotalAssets)), "assets turn over {0:0.00} times a year")
                : FactorReading.Missing("statements lack sales or total assets"));

    /// <summary>Cash-flow coverage: operating cash flow / current liabilities (reason prefix <c>CASHFLOW</c>).</summary>
    /// <param name="bands">The bands. The default value is −0.2 → 0, 0 → 30, 0.2 → 60, 0.4 → 85, 0.6 → 100.</param>
    /// <returns>The factor, named <c>cash-flow-coverage</c>.</returns>
    /// <remarks>Evaluating throws <see cref="ArgumentException"/> naming <c>CurrentLiabilities</c> when they are zero.</remarks>
    public static ICreditFactor CashFlowCoverage(ScoreCurve? bands = null)
        => new CurveFactor("cash-flow-coverage", "CASHFLOW", bands ?? Curve((-0.2, 0), (0, 30), (0.2, 60), (0.4, 85), (0.6, 100)), p =>
            p.Statements is { OperatingCashFlow: { } ocf, CurrentLiabilities: { } cl }
                ? Reading(FinancialStatements.Ratio(ocf, cl, nameof(FinancialStatements.CurrentLiabilities)), "operating cash flow covers {0:0%} of current liabilities")
                : FactorReading.Missing("statements lack operating cash flow or current liabilities"));

    /// <summary>Tenure: whole months from <see cref="CreditProfile.CustomerSince"/> to the as-of date (reason prefix <c>TENURE</c>).</summary>
    /// <param name="bands">The bands. The default value is 0 → 20, 12 → 50, 36 → 80, 60 → 100.</param>
    /// <returns>The factor, named <c>tenure</c>.</returns>
    public static ICreditFactor Tenure(ScoreCurve? bands = null)
        => new CurveFactor("tenure", "TENURE", bands ?? Curve((0, 20), (12, 50), (36, 80), (60, 100)), p =>
            p.CustomerSince is { } since
                ? Reading(Math.Max(0, Months(since, p.AsOf)), "customer for {0:0} months")
                : FactorReading.Missing("the customer's start date is unknown"));

    /// <summary>Limit utilisation: exposure (open receivables + open orders) / current credit limit; lower is better (reason prefix <c>UTIL</c>).</summary>
    /// <param name="bands">The bands. The default value is 0.5 → 100, 0.8 → 70, 1.0 → 40, 1.2 → 0.</param>
    /// <returns>The factor, named <c>limit-utilisation</c>; not available without a positive limit in the profile's currency.</returns>
    public static ICreditFactor LimitUtilisation(ScoreCurve? bands = null)
        => new CurveFactor("limit-utilisation", "UTIL", bands ?? Curve((0.5, 100), (0.8, 70), (1.0, 40), (1.2, 0)), p =>
            p.CreditLimit is { IsPositive: true } limit && limit.Currency == p.Currency
                ? Reading((double)(p.Exposure.Amount / limit.Amount), "exposure uses {0:0%} of the credit limit")
                : FactorReading.Missing("no credit limit set"));

    /// <summary>Dispute rate: amount disputed / amount invoiced over the last 12 months; lower is better (reason prefix <c>DISPUTE</c>).</summary>
    /// <param name="bands">The bands. The default value is 0 → 100, 0.02 → 80, 0.05 → 50, 0.10 → 20, 0.20 → 0.</param>
    /// <returns>The factor, named <c>dispute-rate</c>; not available when nothing was invoiced.</returns>
    public static ICreditFactor DisputeRate(ScoreCurve? bands = null)
        => new CurveFactor("dispute-rate", "DISPUTE", bands ?? Curve((0, 100), (0.02, 80), (0.05, 50), (0.10, 20), (0.20, 0)), p =>
            p.InvoicedLast12Months is { IsPositive: true } invoiced && p.DisputedLast12Months is { } disputed
                ? Reading((double)(disputed.Amount / invoiced.Amount), "{0:0.0%} of the amount invoiced in 12 months was disputed")
                : FactorReading.Missing("nothing invoiced in the last 12 months"));

    /// <summary>External score: the bureau scores rescaled to 0–100 on their own scales and averaged (reason prefix <c>EXTERNAL</c>).</summary>
    /// <returns>The factor, named <c>external-score</c>; not available without bureau scores.</returns>
    public static ICreditFactor ExternalScore()
        => new CurveFactor("external-score", "EXTERNAL", Curve((0, 0), (100, 100)), p =>
            p.ExternalScores.Count > 0
                ? Reading(p.ExternalScores.Average(s => s.Rescaled), "bureau scores average {0:0} out of 100 after rescaling")
                : FactorReading.Missing("no bureau score"));

    /// <summary>Industry risk: the class from 1 (lowest risk) to 5 (highest) (reason prefix <c>INDUSTRY</c>).</summary>
    /// <param name="bands">The bands. The default value is 1 → 100, 2 → 80, 3 → 60, 4 → 35, 5 → 10.</param>
    /// <returns>The factor, named <c>industry-risk</c>.</returns>
    public static ICreditFactor IndustryRisk(ScoreCurve? bands = null)
        => new CurveFactor("industry-risk", "INDUSTRY", bands ?? Curve((1, 100), (2, 80), (3, 60), (4, 35), (5, 10)), p =>
            p.IndustryRiskClass is { } c
                ? Reading(c, "industry risk class {0} of 5")
                : FactorReading.Missing("industry risk class unknown"));

    /// <summary>
    /// The late-payment probability of the customer's next invoice from a fitted <see cref="LatePaymentModel"/>
    /// (<see cref="LatePaymentModel.PredictCustomer"/>); sub-score 100 × (1 − probability), raw value the probability
    /// (reason prefix <c>LATE-PROB</c>). Not monotone by construction: the fitted coefficients decide which way each
    /// behaviour pushes.
    /// </summary>
    /// <param name="model">The fitted model.</param>
    /// <returns>The factor, named <c>late-payment-probability</c>; not available when the profile has no invoices.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is null.</exception>
    public static ICreditFactor LatePaymentProbability(LatePaymentModel model) => new LatePaymentFactor(Guard.NotNull(model));

    private static ScoreCurve Curve(params (double Value, double Score)[] points)
        => ScoreCurve.Through([.. points.Select(p => new ScorePoint(p.Value, p.Score))]);

    private static FactorReading Reading(double value, string format)
        => new(value, string.Format(CultureInfo.InvariantCulture, format, value));

    private static int Months(DateOnly from, DateOnly to)
    {
        var months = ((to.Year - from.Year) * 12) + to.Month - from.Month;
        return to.Day < from.Day ? months - 1 : months;
    }
}
