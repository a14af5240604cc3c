namespace Receivables.Aging;

/// <summary>
/// The reason codes of the aging module: risk alerts (<see cref="Alerts.AgingAlert"/>) and provision lines
/// (<see cref="Provisioning.ProvisionLine"/>), each with an English and a Chinese template.
/// </summary>
/// <remarks>
/// <para>Arguments are typed: amounts are <see cref="Money"/>, day counts <c>int</c>, customer keys and document ids
/// <c>string</c>. Shares are given in percent (<c>decimal</c>, the actual share rounded half away from zero to 0.1 %;
/// thresholds exactly as configured) and average days to 0.1 day, so the text stays readable; the exact amounts behind a
/// share are arguments too.</para>
/// <para>Codes never change meaning once published. All members are immutable and thread-safe.</para>
/// </remarks>
public static class AgingReasonCodes
{
    /// <summary>Gets <c>aging.alert.overdue-share</c>: too much of a balance is old. Arguments: <c>customer</c>,
    /// <c>sharePercent</c>, <c>balance</c>, <c>days</c>, <c>over</c>, <c>thresholdPercent</c>.</summary>
    public static ReasonCode OverdueShare { get; } = new(
        "aging.alert.overdue-share",
        "{customer}: {sharePercent} % of the balance of {balance} is more than {days} days old ({over}); the limit is {thresholdPercent} %.",
        "{customer}：余额 {balance} 中账龄超过 {days} 天的占 {sharePercent}%（{over}），上限为 {thresholdPercent}%。");

    /// <summary>Gets <c>aging.alert.credit-limit-exceeded</c>: a balance above its credit limit. Arguments:
    /// <c>customer</c>, <c>balance</c>, <c>limit</c>, <c>excess</c>.</summary>
    public static ReasonCode CreditLimitExceeded { get; } = new(
        "aging.alert.credit-limit-exceeded",
        "{customer}: the balance of {balance} is above the credit limit of {limit} by {excess}.",
        "{customer}：余额 {balance} 超出信用额度 {limit}，超出 {excess}。");

    /// <summary>Gets <c>aging.alert.credit-limit-utilisation</c>: a balance using a large share of its credit limit, not yet
    /// over it. Arguments: <c>customer</c>, <c>balance</c>, <c>utilisationPercent</c>, <c>limit</c>, <c>thresholdPercent</c>,
    /// <c>headroom</c> (limit − balance).</summary>
    public static ReasonCode CreditLimitUtilisation { get; } = new(
        "aging.alert.credit-limit-utilisation",
        "{customer}: the balance of {balance} uses {utilisationPercent} % of the credit limit of {limit} (alert from {thresholdPercent} %); {headroom} left.",
        "{customer}：余额 {balance} 已占用信用额度 {limit} 的 {utilisationPercent}%（预警线 {thresholdPercent}%），剩余 {headroom}。");

    /// <summary>Gets <c>aging.alert.slower-than-history</c>: a customer pays later than it used to. Arguments:
    /// <c>customer</c>, <c>recentDaysBeyondTerms</c>, <c>recentDays</c>, <c>historicalDaysBeyondTerms</c>, <c>worseBy</c>,
    /// <c>threshold</c> (days, the averages rounded to 0.1 day).</summary>
    public static ReasonCode SlowerThanHistory { get; } = new(
        "aging.alert.slower-than-history",
        "{customer}: paid {recentDaysBeyondTerms} days beyond terms in the last {recentDays} days against {historicalDaysBeyondTerms} before, {worseBy} days worse (limit {threshold}).",
        "{customer}：近 {recentDays} 天平均逾期 {recentDaysBeyondTerms} 天付款，此前为 {historicalDaysBeyondTerms} 天，变差 {worseBy} 天（上限 {threshold} 天）。");

    /// <summary>Gets <c>aging.alert.item-overdue</c>: one large item long overdue. Arguments: <c>customer</c>, <c>item</c>,
    /// <c>open</c>, <c>daysOverdue</c>, <c>thresholdDays</c>, <c>thresholdAmount</c>.</summary>
    public static ReasonCode ItemOverdue { get; } = new(
        "aging.alert.item-overdue",
        "{customer}: {item} of {open} is {daysOverdue} days overdue (more than {thresholdDays} days and above {thresholdAmount}).",
        "{customer}：单据 {item} 未结 {open}，已逾期 {daysOverdue} 天（超过 {thresholdDays} 天且高于 {thresholdAmount}）。");

    /// <summary>Gets <c>aging.provision.rate</c>: a general provision line, gross × rate. Arguments: <c>bucket</c>,
    /// <c>gross</c>, <c>ratePercent</c> (the rate in percent, exact), <c>allowance</c>.</summary>
    public static ReasonCode ProvisionRate { get; } = new(
        "aging.provision.rate",
        "{bucket}: {gross} × {ratePercent} % = {allowance}.",
        "{bucket}：{gross} × {ratePercent}% = {allowance}。");

    /// <summary>Gets <c>aging.provision.rate-share</c>: a general provision line whose allowance is its share of a total
    /// rounded once (<see cref="Provisioning.ProvisionRoundingLevel.TotalOnce"/>). Arguments: <c>bucket</c>, <c>gross</c>,
    /// <c>ratePercent</c> (exact), <c>exact</c> (gross × rate unrounded, a <c>decimal</c> in major units), <c>allowance</c>.</summary>
    public static ReasonCode ProvisionRateShare { get; } = new(
        "aging.provision.rate-share",
        "{bucket}: {gross} × {ratePercent} % = {exact}, {allowance} as its share of the total rounded once.",
        "{bucket}：{gross} × {ratePercent}% = {exact}，按总额一次舍入后分摊为 {allowance}。");

    /// <summary>Gets <c>aging.provision.vintage-rate</c>: a loss rate per open balance derived from payment cohorts
    /// (<see cref="Provisioning.VintageLossEstimate"/>). Arguments: <c>bucket</c>, <c>remainingPercent</c> (losses still to
    /// come, in percent of the amount originated), <c>openPercent</c> (amount still open at that age, in percent of the amount
    /// originated), <c>ratePercent</c> (their ratio, capped at 100, before the forward-looking adjustment), <c>cohorts</c>
    /// (how many cohorts with an amount originated were observed at that age). Percentages rounded half away from zero to 0.01.</summary>
    public static ReasonCode VintageRate { get; } = new(
        "aging.provision.vintage-rate",
        "{bucket}: {remainingPercent} % of the amount originated is still to be lost and {openPercent} % is still open, so {ratePercent} % of the open balance ({cohorts} cohorts observed).",
        "{bucket}：尚待发生的损失占发生额的 {remainingPercent}%，仍未收回的占 {openPercent}%，故未结余额损失率为 {ratePercent}%（观察到 {cohorts} 个批次）。");

    /// <summary>Gets <c>aging.provision.vintage-oldest</c>: the assumed loss rate of balances older than the ages observed.
    /// Arguments: <c>bucket</c>, <c>ratePercent</c>, <c>horizon</c> (periods observed).</summary>
    public static ReasonCode VintageOldest { get; } = new(
        "aging.provision.vintage-oldest",
        "{bucket}: {ratePercent} % assumed for balances older than the {horizon} periods observed.",
        "{bucket}：超出已观察的 {horizon} 个期间的余额，假定损失率为 {ratePercent}%。");

    /// <summary>Gets <c>aging.provision.specific</c>: a provision decided for one item. Arguments: <c>item</c>,
    /// <c>allowance</c>, <c>gross</c>, <c>note</c> (the host's explanation).</summary>
    public static ReasonCode ProvisionSpecific { get; } = new(
        "aging.provision.specific",
        "{item}: specific provision of {allowance} on {gross} open: {note}",
        "{item}：单项计提 {allowance}（未结 {gross}）：{note}");
}
