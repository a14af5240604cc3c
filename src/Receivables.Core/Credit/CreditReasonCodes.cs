namespace Receivables.Credit;

/// <summary>
/// The reason codes of the credit module: why a factor scored as it did, why a policy set its terms, why an order was
/// held. Every code has an English and a Chinese template; programs test <see cref="Reason.Code"/> and read the typed
/// arguments (sub-scores and weights as <see cref="double"/>, amounts as <see cref="Money"/>, days as
/// <see cref="int"/>), people read <see cref="Reason.Text"/>.
/// </summary>
/// <remarks>
/// <para>Codes never change meaning once published. Figures are rounded before they are stored in a reason (days and
/// sub-scores to one decimal, ratios to two or four), so the arguments are what a person would check by hand.</para>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
public static class CreditReasonCodes
{
    /// <summary><c>credit.input-missing</c>: a factor is not available; arguments <c>factor</c> (name) and
    /// <c>missing</c> (the profile fields it lacks, comma-separated).</summary>
    public static readonly ReasonCode InputMissing = new(
        "credit.input-missing", "{factor} not available: {missing} missing", "{factor}不可用：缺少{missing}");

    /// <summary><c>credit.score.factor</c>: one of the findings that cost the score the most points; arguments
    /// <c>finding</c> (the factor's own <see cref="Reason"/>, with its figure and sub-score), <c>factor</c> (name),
    /// <c>weight</c> (the effective weight, four decimals) and <c>pointsLost</c> (effective weight × (100 − sub-score),
    /// two decimals).</summary>
    public static readonly ReasonCode ScoreFactor = new(
        "credit.score.factor",
        "{finding}: {factor} at weight {weight} lost {pointsLost} points",
        "{finding}：{factor}权重{weight}，失分{pointsLost}");

    /// <summary><c>credit.payment-index.late</c>: payments average <c>days</c> beyond terms; <c>subScore</c>.</summary>
    public static readonly ReasonCode PaymentIndexLate = new(
        "credit.payment-index.late", "payments average {days} days beyond terms (sub-score {subScore})", "平均逾期{days}天付款（子评分{subScore}）");

    /// <summary><c>credit.payment-index.prompt</c>: payments average <c>daysEarly</c> days before (or on) the due
    /// date; <c>subScore</c>.</summary>
    public static readonly ReasonCode PaymentIndexPrompt = new(
        "credit.payment-index.prompt", "payments average {daysEarly} days before the due date (sub-score {subScore})", "平均提前{daysEarly}天付款（子评分{subScore}）");

    /// <summary><c>credit.payment-index.overdue</c>: <c>amount</c> (<see cref="Money"/>) is overdue, the oldest item
    /// <c>days</c> days.</summary>
    public static readonly ReasonCode PaymentOverdue = new(
        "credit.payment-index.overdue", "{amount} overdue, the oldest {days} days", "逾期{amount}，最久{days}天");

    /// <summary><c>credit.payment-index.trend-down</c>: the index of the last 3 months is <c>points</c> below the 9
    /// months before.</summary>
    public static readonly ReasonCode PaymentTrendDown = new(
        "credit.payment-index.trend-down", "the payment index fell {points} points in the last 3 months against the 9 before", "近3个月付款指数较此前9个月下降{points}点");

    /// <summary><c>credit.payment-index.trend-up</c>: the index of the last 3 months is <c>points</c> above the 9
    /// months before.</summary>
    public static readonly ReasonCode PaymentTrendUp = new(
        "credit.payment-index.trend-up", "the payment index rose {points} points in the last 3 months against the 9 before", "近3个月付款指数较此前9个月上升{points}点");

    /// <summary><c>credit.altman</c>: Altman's <c>model</c> (<see cref="Scoring.AltmanModel"/>) gives <c>zScore</c>
    /// (two decimals) in <c>zone</c> (<see cref="Scoring.AltmanZone"/>); <c>subScore</c>.</summary>
    public static readonly ReasonCode Altman = new(
        "credit.altman", "Altman {model} score {zScore}, {zone} zone (sub-score {subScore})", "Altman {model} 得分{zScore}，{zone}区（子评分{subScore}）");

    /// <summary><c>credit.current-ratio</c>: current assets / current liabilities = <c>ratio</c>; <c>subScore</c>.</summary>
    public static readonly ReasonCode CurrentRatio = new(
        "credit.current-ratio", "current ratio {ratio} (sub-score {subScore})", "流动比率{ratio}（子评分{subScore}）");

    /// <summary><c>credit.quick-ratio</c>: (current assets − inventory) / current liabilities = <c>ratio</c>; <c>subScore</c>.</summary>
    public static readonly ReasonCode QuickRatio = new(
        "credit.quick-ratio", "quick ratio {ratio} (sub-score {subScore})", "速动比率{ratio}（子评分{subScore}）");

    /// <summary><c>credit.leverage</c>: total liabilities / total assets = <c>ratio</c>; <c>subScore</c>.</summary>
    public static readonly ReasonCode Leverage = new(
        "credit.leverage", "liabilities are {ratio} of assets (sub-score {subScore})", "资产负债率{ratio}（子评分{subScore}）");

    /// <summary><c>credit.profitability</c>: net income / total assets = <c>ratio</c>; <c>subScore</c>.</summary>
    public static readonly ReasonCode Profitability = new(
        "credit.profitability", "return on assets {ratio} (sub-score {subScore})", "总资产收益率{ratio}（子评分{subScore}）");

    /// <summary><c>credit.asset-turnover</c>: sales / total assets = <c>ratio</c>; <c>subScore</c>.</summary>
    public static readonly ReasonCode AssetTurnover = new(
        "credit.asset-turnover", "assets turn over {ratio} times a year (sub-score {subScore})", "总资产周转率{ratio}次（子评分{subScore}）");

    /// <summary><c>credit.cash-flow-coverage</c>: operating cash flow / current liabilities = <c>ratio</c>; <c>subScore</c>.</summary>
    public static readonly ReasonCode CashFlowCoverage = new(
        "credit.cash-flow-coverage", "operating cash flow covers {ratio} of current liabilities (sub-score {subScore})", "经营现金流覆盖流动负债{ratio}（子评分{subScore}）");

    /// <summary><c>credit.tenure</c>: customer for <c>months</c> whole months; <c>subScore</c>.</summary>
    public static readonly ReasonCode Tenure = new(
        "credit.tenure", "customer for {months} months (sub-score {subScore})", "合作{months}个月（子评分{subScore}）");

    /// <summary><c>credit.limit-utilisation</c>: exposure / limit = <c>ratio</c>; <c>subScore</c>.</summary>
    public static readonly ReasonCode LimitUtilisation = new(
        "credit.limit-utilisation", "exposure uses {ratio} of the credit limit (sub-score {subScore})", "敞口占信用额度{ratio}（子评分{subScore}）");

    /// <summary><c>credit.dispute-rate</c>: disputed / invoiced over 12 months = <c>ratio</c>; <c>subScore</c>.</summary>
    public static readonly ReasonCode DisputeRate = new(
        "credit.dispute-rate", "{ratio} of the amount invoiced in 12 months was disputed (sub-score {subScore})", "近12个月争议金额占开票{ratio}（子评分{subScore}）");

    /// <summary><c>credit.external-score</c>: bureau scores average <c>rescaled</c> of 100; <c>subScore</c>.</summary>
    public static readonly ReasonCode ExternalScore = new(
        "credit.external-score", "bureau scores average {rescaled} of 100 after rescaling (sub-score {subScore})", "外部评分折算后平均{rescaled}分（子评分{subScore}）");

    /// <summary><c>credit.industry-risk</c>: industry risk class <c>riskClass</c> of 5; <c>subScore</c>.</summary>
    public static readonly ReasonCode IndustryRisk = new(
        "credit.industry-risk", "industry risk class {riskClass} of 5 (sub-score {subScore})", "行业风险等级{riskClass}/5（子评分{subScore}）");

    /// <summary><c>credit.industry-reputation</c>: the host's industry rating <c>value</c> from <c>source</c> on a
    /// scale from <c>worst</c> to <c>best</c>; <c>subScore</c>.</summary>
    public static readonly ReasonCode IndustryReputation = new(
        "credit.industry-reputation", "{source} rates the customer {value} on a scale from {worst} to {best} (sub-score {subScore})", "{source}评级{value}（{worst}至{best}）（子评分{subScore}）");

    /// <summary><c>credit.business-scale</c>: the customer's <c>measure</c> (<see cref="ScaleMeasure"/>) is
    /// <c>value</c>; <c>subScore</c>.</summary>
    public static readonly ReasonCode BusinessScale = new(
        "credit.business-scale", "business scale: {measure} {value} (sub-score {subScore})", "经营规模：{measure} {value}（子评分{subScore}）");

    /// <summary><c>credit.late-payment-probability</c>: the next invoice has <c>probability</c> (0–1, two decimals)
    /// of being paid late; <c>subScore</c>.</summary>
    public static readonly ReasonCode LatePaymentProbability = new(
        "credit.late-payment-probability", "the next invoice has a probability of {probability} of being paid late (sub-score {subScore})", "下一张发票逾期付款概率{probability}（子评分{subScore}）");

    /// <summary><c>credit.policy.grade</c>: grade <c>grade</c> earns <c>terms</c> with deposit share
    /// <c>deposit</c> and a review every <c>months</c> months.</summary>
    public static readonly ReasonCode PolicyGrade = new(
        "credit.policy.grade", "grade {grade}: {terms}, deposit {deposit}, review every {months} months", "等级{grade}：{terms}，预付比例{deposit}，每{months}个月复核");

    /// <summary><c>credit.policy.new-customer</c>: new-customer terms <c>terms</c>, because of <c>tenureMonths</c>
    /// months of tenure (needs <c>minMonths</c>) and <c>payments</c> payments (needs <c>minPayments</c>).</summary>
    public static readonly ReasonCode PolicyNewCustomer = new(
        "credit.policy.new-customer",
        "new customer: {tenureMonths} months of tenure (needs {minMonths}) and {payments} payments (needs {minPayments}), so {terms}",
        "新客户：合作{tenureMonths}个月（需{minMonths}）、付款{payments}笔（需{minPayments}），故适用{terms}");

    /// <summary><c>credit.policy.unrated</c>: no factor was available, so the new-customer terms <c>terms</c> apply.</summary>
    public static readonly ReasonCode PolicyUnrated = new(
        "credit.policy.unrated", "unrated: no data to score, so {terms}", "无法评级：缺少评分数据，故适用{terms}");

    /// <summary><c>credit.policy.reward</c>: no payment more than <c>toleranceDays</c> days late for <c>years</c>
    /// years since <c>since</c>: terms <c>fromTerms</c> → <c>toTerms</c>, limit <c>fromLimit</c> → <c>toLimit</c>.</summary>
    public static readonly ReasonCode PolicyReward = new(
        "credit.policy.reward",
        "no payment more than {toleranceDays} days late since {since} ({years} years): terms {fromTerms} to {toTerms}, limit {fromLimit} to {toLimit}",
        "自{since}起（{years}年）无逾期超过{toleranceDays}天的付款：账期{fromTerms}改为{toTerms}，额度{fromLimit}改为{toLimit}");

    /// <summary><c>credit.policy.relapse</c>: a payment <c>days</c> days late on <c>on</c> (more than
    /// <c>toleranceDays</c>) restarts the good-payer streak; the reward returns after <c>years</c> clean years, on <c>until</c>.</summary>
    public static readonly ReasonCode PolicyRelapse = new(
        "credit.policy.relapse",
        "paid {days} days late on {on} (more than {toleranceDays}): no good-payer reward until {until} ({years} clean years)",
        "{on}逾期{days}天付款（超过{toleranceDays}天）：{until}前（需{years}年无逾期）不享受良好付款奖励");

    /// <summary><c>credit.limit.fixed</c>: a fixed limit <c>amount</c>.</summary>
    public static readonly ReasonCode LimitFixed = new("credit.limit.fixed", "fixed limit {amount}", "固定额度{amount}");

    /// <summary><c>credit.limit.share-of-equity</c>: <c>share</c> (0–1) of book equity <c>figure</c>.</summary>
    public static readonly ReasonCode LimitShareOfEquity = new(
        "credit.limit.share-of-equity", "{share} of book equity {figure}", "所有者权益{figure}的{share}");

    /// <summary><c>credit.limit.share-of-sales</c>: <c>share</c> (0–1) of sales <c>figure</c>.</summary>
    public static readonly ReasonCode LimitShareOfSales = new(
        "credit.limit.share-of-sales", "{share} of sales {figure}", "营业收入{figure}的{share}");

    /// <summary><c>credit.limit.monthly-purchases</c>: <c>multiple</c> × average monthly purchases <c>monthly</c>.</summary>
    public static readonly ReasonCode LimitMonthlyPurchases = new(
        "credit.limit.monthly-purchases", "{multiple} × average monthly purchases {monthly}", "月均采购额{monthly}的{multiple}倍");

    /// <summary><c>credit.limit.no-data</c>: no limit rule had its data, so the limit is zero.</summary>
    public static readonly ReasonCode LimitNoData = new("credit.limit.no-data", "no data for a limit: zero", "无额度计算数据：额度为零");

    /// <summary><c>credit.limit.new-customer</c>: the new-customer cap <c>cap</c> (a limit <see cref="Reason"/>)
    /// applies, lower than the grade's limit.</summary>
    public static readonly ReasonCode LimitNewCustomer = new(
        "credit.limit.new-customer", "new customer: {cap}", "新客户：{cap}");

    /// <summary><c>credit.review.payment-index</c>: the payment-index sub-score fell <c>points</c> since the
    /// assessment of <c>since</c>.</summary>
    public static readonly ReasonCode ReviewPaymentIndex = new(
        "credit.review.payment-index", "the payment index fell {points} points since {since}", "付款指数自{since}以来下降{points}点");

    /// <summary><c>credit.review.dispute</c>: a dispute was opened on <c>on</c>.</summary>
    public static readonly ReasonCode ReviewDispute = new(
        "credit.review.dispute", "a dispute was opened on {on}", "{on}发生争议");

    /// <summary><c>credit.review.limit</c>: exposure <c>exposure</c> exceeds the limit <c>limit</c>.</summary>
    public static readonly ReasonCode ReviewLimit = new(
        "credit.review.limit", "exposure {exposure} exceeds the limit {limit}", "敞口{exposure}超过额度{limit}");

    /// <summary><c>credit.check.prepaid</c>: the order is prepaid, so no credit is extended.</summary>
    public static readonly ReasonCode CheckPrepaid = new(
        "credit.check.prepaid", "the order is prepaid, so no credit is extended", "订单已预付，不占用信用");

    /// <summary><c>credit.check.no-credit</c>: <c>subject</c> has a zero limit: prepayment only.</summary>
    public static readonly ReasonCode CheckNoCredit = new(
        "credit.check.no-credit", "{subject} has no credit limit: prepayment only", "{subject}无信用额度：仅接受预付");

    /// <summary><c>credit.check.over-limit</c>: <c>subject</c>'s exposure after the order, <c>exposure</c>, exceeds
    /// the limit <c>limit</c> by <c>excess</c>.</summary>
    public static readonly ReasonCode CheckOverLimit = new(
        "credit.check.over-limit", "{subject}: exposure {exposure} after the order exceeds the limit {limit} by {excess}", "{subject}：下单后敞口{exposure}超过额度{limit}达{excess}");

    /// <summary><c>credit.check.near-limit</c>: <c>subject</c>'s exposure after the order, <c>exposure</c>, uses
    /// <c>percent</c> per cent (one decimal) of the limit <c>limit</c>.</summary>
    public static readonly ReasonCode CheckNearLimit = new(
        "credit.check.near-limit", "{subject}: exposure {exposure} after the order uses {percent}% of the limit {limit}", "{subject}：下单后敞口{exposure}占额度{limit}的{percent}%");

    /// <summary><c>credit.check.overdue-age</c>: <c>subject</c> has <c>amount</c> overdue, the oldest <c>days</c>
    /// days, at or beyond the threshold <c>thresholdDays</c>.</summary>
    public static readonly ReasonCode CheckOverdueAge = new(
        "credit.check.overdue-age", "{subject}: {amount} overdue, the oldest {days} days (threshold {thresholdDays} days)", "{subject}：逾期{amount}，最久{days}天（阈值{thresholdDays}天）");

    /// <summary><c>credit.check.overdue-amount</c>: <c>subject</c> has <c>amount</c> overdue, above <c>threshold</c>.</summary>
    public static readonly ReasonCode CheckOverdueAmount = new(
        "credit.check.overdue-amount", "{subject}: {amount} overdue, above {threshold}", "{subject}：逾期{amount}，超过{threshold}");

    /// <summary><c>credit.check.overdue</c>: <c>subject</c> has <c>amount</c> overdue, the oldest <c>days</c> days.</summary>
    public static readonly ReasonCode CheckOverdue = new(
        "credit.check.overdue", "{subject}: {amount} overdue, the oldest {days} days", "{subject}：逾期{amount}，最久{days}天");
}
