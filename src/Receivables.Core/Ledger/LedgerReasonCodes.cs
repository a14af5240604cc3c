namespace Receivables.Ledger;

/// <summary>The reason codes the ledger explains its runs with (see <see cref="Reason"/>): the late-charge run
/// (<see cref="LateChargeRun"/>) names every charge and every skipped stretch of overdue days with one of these.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public static class LedgerReasonCodes
{
    /// <summary>Interest charged on an item for overdue days of the run's period. Arguments: <c>item</c> (the charged
    /// document id, <see cref="string"/>), <c>due</c> (its due date, <see cref="DateOnly"/>), <c>first</c> and <c>last</c>
    /// (the charged days, inclusive, <see cref="DateOnly"/>), <c>days</c> (<see cref="int"/>), <c>amount</c> (the interest,
    /// <see cref="Money"/>) and <c>policy</c> (the late-charge policy's name, <see cref="string"/>).</summary>
    public static readonly ReasonCode LateChargeInterest = new(
        "ledger.late-charge.interest",
        "interest of {amount} on {item} (due {due}) for {days} overdue day(s) from {first} to {last} ({policy})",
        "{item}（到期日 {due}）自 {first} 至 {last} 逾期 {days} 天，利息 {amount}（{policy}）");

    /// <summary>The policy's fixed sum (compensation for recovery costs) charged once per item. Arguments: <c>item</c>
    /// (<see cref="string"/>), <c>due</c> (<see cref="DateOnly"/>), <c>amount</c> (<see cref="Money"/>) and <c>policy</c>
    /// (<see cref="string"/>).</summary>
    public static readonly ReasonCode LateChargeCompensation = new(
        "ledger.late-charge.compensation",
        "fixed sum of {amount} for the late payment of {item} (due {due}; {policy})",
        "{item}（到期日 {due}）逾期付款固定补偿 {amount}（{policy}）");

    /// <summary>Overdue days of the period already covered by a charge document in the ledger: nothing charged twice.
    /// Arguments: <c>item</c> (<see cref="string"/>), <c>first</c> and <c>last</c> (<see cref="DateOnly"/>) and
    /// <c>charge</c> (the id of the charge document that covers them, <see cref="string"/>).</summary>
    public static readonly ReasonCode LateChargeAlreadyCharged = new(
        "ledger.late-charge.already-charged",
        "{item}: overdue days from {first} to {last} already charged by {charge}",
        "{item}：{first} 至 {last} 的逾期天数已由 {charge} 计收");

    /// <summary>The fixed sum was already charged for the item. Arguments: <c>item</c> and <c>charge</c>
    /// (<see cref="string"/>).</summary>
    public static readonly ReasonCode LateChargeCompensationCharged = new(
        "ledger.late-charge.compensation-charged",
        "{item}: the fixed sum was already charged by {charge}",
        "{item}：固定补偿已由 {charge} 计收");

    /// <summary>The item is disputed on the run's as-of date: not charged while disputed; its days stay chargeable
    /// by a later run. Arguments: <c>item</c> (<see cref="string"/>), <c>since</c> (<see cref="DateOnly"/>),
    /// <c>first</c> and <c>last</c> (<see cref="DateOnly"/>).</summary>
    public static readonly ReasonCode LateChargeDisputed = new(
        "ledger.late-charge.disputed",
        "{item} is disputed since {since}: overdue days from {first} to {last} not charged while disputed",
        "{item} 自 {since} 起有争议：{first} 至 {last} 的逾期天数在争议期间不计收");

    /// <summary>The overdue days come to nothing under the policy (zero rate, or less than half a minor unit).
    /// Arguments: <c>item</c> (<see cref="string"/>), <c>first</c> and <c>last</c> (<see cref="DateOnly"/>) and
    /// <c>policy</c> (<see cref="string"/>).</summary>
    public static readonly ReasonCode LateChargeNothingDue = new(
        "ledger.late-charge.nothing-due",
        "{item}: overdue days from {first} to {last} come to no charge ({policy})",
        "{item}：{first} 至 {last} 的逾期天数不产生费用（{policy}）");
}
