namespace Receivables.Terms.Billing;

/// <summary>The reason codes that explain each <see cref="BillingLine"/>: a full period, a prorated partial period, the
/// rest of a whole-length contract's value, and the credit and debit of a contract change.</summary>
/// <remarks>Static, immutable and thread-safe. Codes never change meaning once published.</remarks>
public static class BillingReasonCodes
{
    /// <summary>Gets <c>billing.period.full</c>: a full billing period at the contract price. Arguments: <c>start</c>,
    /// <c>end</c> (dates), <c>price</c> (money).</summary>
    public static ReasonCode FullPeriod { get; } = new(
        "billing.period.full",
        "Full period {start} to {end} at {price}",
        "整期 {start} 至 {end}，价格 {price}");

    /// <summary>Gets <c>billing.period.prorated</c>: a partial period charged <c>days ÷ basis × price</c>, rounded half
    /// away from zero (or, when the contract has two partial periods, a largest-remainder split of their rounded sum).
    /// Arguments: <c>start</c>, <c>end</c>, <c>days</c>, <c>basis</c> (integers, counted by <c>convention</c>),
    /// <c>convention</c> (a <see cref="ProrationConvention"/>), <c>price</c>.</summary>
    public static ReasonCode ProratedPeriod { get; } = new(
        "billing.period.prorated",
        "Partial period {start} to {end}: {days} of {basis} days ({convention}) of {price}",
        "不足一期 {start} 至 {end}：按 {convention} 计 {days}/{basis} 天，价格 {price}");

    /// <summary>Gets <c>billing.period.contract-rest</c>: a partial period of a contract that lasts a whole number of
    /// periods, charged its share (in proportion to <c>days ÷ basis</c>) of <c>rest</c>, the contract value left after the
    /// full periods. Arguments: <c>start</c>, <c>end</c>, <c>days</c>, <c>basis</c>, <c>convention</c>, <c>rest</c>,
    /// <c>value</c> (the contract value).</summary>
    public static ReasonCode ContractRest { get; } = new(
        "billing.period.contract-rest",
        "Partial period {start} to {end}: {days} of {basis} days ({convention}), share of {rest} left of the contract value {value} after the full periods",
        "不足一期 {start} 至 {end}：按 {convention} 计 {days}/{basis} 天，分摊合同总额 {value} 扣除整期后余下的 {rest}");

    /// <summary>Gets <c>billing.change.credit</c>: the unused rest of a period at the old price, credited on a contract
    /// change. Arguments: <c>days</c>, <c>basis</c>, <c>start</c>, <c>end</c>, <c>price</c> (the old price).</summary>
    public static ReasonCode ChangeCredit { get; } = new(
        "billing.change.credit",
        "Unused {days} of {basis} days from {start} to {end} at the old price {price}",
        "变更退还：{start} 至 {end} 未使用 {days}/{basis} 天，原价 {price}");

    /// <summary>Gets <c>billing.change.debit</c>: the rest of a period at the new price, charged on a contract change.
    /// Arguments: <c>days</c>, <c>basis</c>, <c>start</c>, <c>end</c>, <c>price</c> (the new price).</summary>
    public static ReasonCode ChangeDebit { get; } = new(
        "billing.change.debit",
        "{days} of {basis} days from {start} to {end} at the new price {price}",
        "变更补收：{start} 至 {end} 共 {days}/{basis} 天，新价 {price}");
}
