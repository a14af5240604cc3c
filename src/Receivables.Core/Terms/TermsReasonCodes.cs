namespace Receivables.Terms;

/// <summary>The reason codes the terms module explains its decisions with (see <see cref="Reason"/>).</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public static class TermsReasonCodes
{
    /// <summary>An agreed late-interest rate is below China's floor, the one-year LPR at signing. Arguments:
    /// <c>agreed</c> and <c>lpr</c>, annual percentages (<see cref="decimal"/>).</summary>
    public static readonly ReasonCode ChinaSmeRateBelowLpr = new(
        "terms.china-sme.rate-below-lpr",
        "The agreed late-interest rate {agreed}% is below the one-year LPR of {lpr}% at signing (保障中小企业款项支付条例, Art. 17).",
        "约定的逾期利率{agreed}%低于合同订立时1年期贷款市场报价利率{lpr}%（《保障中小企业款项支付条例》第十七条）。");
}
