namespace Receivables.Reminders;

/// <summary>
/// The reason codes of the reminder module (decision 007): why a level fires, why an item or a customer is held or
/// skipped, which ladder and channel were chosen, and how the worklist ranks a customer. Each has an English and a
/// Chinese template; tests and hosts compare codes and arguments, never wording.
/// </summary>
/// <remarks>Static and thread-safe.</remarks>
public static class ReminderReasonCodes
{
    /// <summary><c>reminders.level-due</c>: a level fires on its schedule. Arguments: item, level, policy, days (past due; negative before due), date.</summary>
    public static readonly ReasonCode LevelDue = new(
        "reminders.level-due",
        "{item}: level {level} of {policy} is due ({days} days past due on {date}).",
        "{item}：{policy} 第 {level} 级催收已到期（{date} 逾期 {days} 天）。");

    /// <summary><c>reminders.held.disputed</c>: a disputed item is never reminded. Arguments: item, since, note.</summary>
    public static readonly ReasonCode Disputed = new(
        "reminders.held.disputed",
        "{item} is disputed since {since} ({note}): not reminded.",
        "{item} 自 {since} 起有争议（{note}）：不催收。");

    /// <summary><c>reminders.held.direct-debit</c>: an item paid by direct debit is not reminded until its collection
    /// date has passed (the money is collected, not chased). Arguments: item, collection (date).</summary>
    public static readonly ReasonCode DirectDebitHeld = new(
        "reminders.held.direct-debit",
        "{item} is paid by direct debit collected on {collection}: not reminded before then.",
        "{item} 以直接扣款方式于 {collection} 收款：此前不催收。");

    /// <summary><c>reminders.held.promise</c>: a promise to pay holds the item. Arguments: item, promised (date), until (last held day).</summary>
    public static readonly ReasonCode PromiseHeld = new(
        "reminders.held.promise",
        "{item} is promised to be paid by {promised}: reminders wait until {until}.",
        "{item} 已承诺于 {promised} 前付款：催收暂停至 {until}。");

    /// <summary><c>reminders.promise-broken</c>: a promise to pay was broken or only partly kept; the item escalates at
    /// once. Arguments: item, promised (date), promisedAmount, open.</summary>
    public static readonly ReasonCode PromiseBroken = new(
        "reminders.promise-broken",
        "{item}: the promise to pay {promisedAmount} by {promised} was not kept ({open} still open): escalated at once.",
        "{item}：承诺于 {promised} 前支付 {promisedAmount} 未兑现（仍欠 {open}）：立即升级催收。");

    /// <summary><c>reminders.blocked.item</c>: the host blocked an item. Arguments: item, why.</summary>
    public static readonly ReasonCode ItemBlocked = new(
        "reminders.blocked.item",
        "{item} is blocked for reminders: {why}.",
        "{item} 已被冻结催收：{why}。");

    /// <summary><c>reminders.blocked.customer</c>: the host blocked a customer. Arguments: customer, why.</summary>
    public static readonly ReasonCode CustomerBlocked = new(
        "reminders.blocked.customer",
        "{customer} is blocked for reminders: {why}.",
        "客户 {customer} 已被冻结催收：{why}。");

    /// <summary><c>reminders.below-item-minimum</c>: an item's open amount is below the level's item minimum.
    /// Arguments: item, open, minimum, level.</summary>
    public static readonly ReasonCode BelowItemMinimum = new(
        "reminders.below-item-minimum",
        "{item}: {open} open is below the minimum {minimum} of level {level}.",
        "{item}：未结金额 {open} 低于第 {level} 级的单笔最低金额 {minimum}。");

    /// <summary><c>reminders.below-customer-minimum</c>: the customer's overdue total at a level is below its minimum.
    /// Arguments: level, total, minimum.</summary>
    public static readonly ReasonCode BelowCustomerMinimum = new(
        "reminders.below-customer-minimum",
        "Level {level}: {total} overdue is below the customer minimum {minimum}.",
        "第 {level} 级：逾期合计 {total} 低于客户最低金额 {minimum}。");

    /// <summary><c>reminders.waiting</c>: an item's next level is not due yet. Arguments: item, level, date.</summary>
    public static readonly ReasonCode Waiting = new(
        "reminders.waiting",
        "{item}: level {level} is due on {date}.",
        "{item}：第 {level} 级将于 {date} 到期。");

    /// <summary><c>reminders.ladder-end</c>: every level was issued as often as allowed. Arguments: item, policy.</summary>
    public static readonly ReasonCode LadderEnd = new(
        "reminders.ladder-end",
        "{item}: every level of {policy} has been issued.",
        "{item}：{policy} 的各级催收均已发出。");

    /// <summary><c>reminders.outcome-required</c>: an escalation needs a previous contact outcome. Arguments: item,
    /// level, outcomes (required), last (the last outcome, or "none").</summary>
    public static readonly ReasonCode OutcomeRequired = new(
        "reminders.outcome-required",
        "{item}: level {level} needs a previous outcome of {outcomes}; the last was {last}.",
        "{item}：第 {level} 级要求上次沟通结果为 {outcomes}，实际为 {last}。");

    /// <summary><c>reminders.contact-cap</c>: the customer was contacted as often as allowed in the window.
    /// Arguments: customer, count, window (days), max, level.</summary>
    public static readonly ReasonCode ContactCap = new(
        "reminders.contact-cap",
        "{customer} was contacted {count} time(s) in the last {window} days (at most {max}): level {level} waits.",
        "客户 {customer} 近 {window} 天已联系 {count} 次（上限 {max}）：第 {level} 级顺延。");

    /// <summary><c>reminders.contacted-today</c>: the customer already had a communication on the planning date, so
    /// nothing more is proposed that day (this also makes planning again after recording propose nothing, even when
    /// the recording posted fee documents). Arguments: customer, date, level.</summary>
    public static readonly ReasonCode ContactedToday = new(
        "reminders.contacted-today",
        "{customer} was already contacted on {date}: level {level} waits for the next day.",
        "客户 {customer} 已于 {date} 联系过：第 {level} 级顺延至次日。");

    /// <summary><c>reminders.quiet-day</c>: the date is not a business day of the customer's calendar. Arguments:
    /// customer, date, next.</summary>
    public static readonly ReasonCode QuietDay = new(
        "reminders.quiet-day",
        "{date} is not a business day for {customer}: the next contact day is {next}.",
        "{date} 不是客户 {customer} 的工作日：下一个可联系日为 {next}。");

    /// <summary><c>reminders.do-not-contact</c>: the customer asked not to be contacted. Arguments: customer, from, to.</summary>
    public static readonly ReasonCode DoNotContact = new(
        "reminders.do-not-contact",
        "{customer} is not to be contacted from {from} to {to}.",
        "客户 {customer} 要求在 {from} 至 {to} 期间勿扰。");

    /// <summary><c>reminders.channel</c>: the channel chosen. Arguments: channel, why ("preferred" or "level").</summary>
    public static readonly ReasonCode Channel = new(
        "reminders.channel",
        "Channel {channel} ({why}).",
        "渠道 {channel}（{why}）。");

    /// <summary><c>reminders.ladder</c>: the policy chosen for a customer. Arguments: customer, policy, why.</summary>
    public static readonly ReasonCode Ladder = new(
        "reminders.ladder",
        "{customer}: policy {policy} ({why}).",
        "客户 {customer}：采用催收方案 {policy}（{why}）。");

    /// <summary><c>reminders.fee-capped</c>: a fee was limited by its cap. Arguments: fee (before the cap), cap.</summary>
    public static readonly ReasonCode FeeCapped = new(
        "reminders.fee-capped",
        "The fee {fee} was capped at {cap}.",
        "催收费用 {fee} 按上限 {cap} 收取。");

    /// <summary><c>reminders.worklist.expected-benefit</c>: the expected-benefit score. Arguments: overdue, probability,
    /// weight (age weight), score.</summary>
    public static readonly ReasonCode ExpectedBenefit = new(
        "reminders.worklist.expected-benefit",
        "{overdue} overdue × {probability} probability of late payment × {weight} age weight = {score}.",
        "逾期 {overdue} × 逾期付款概率 {probability} × 账龄权重 {weight} = {score}。");

    /// <summary><c>reminders.worklist.points</c>: points of one rule of the rule-points scorer. Arguments: rule, points.</summary>
    public static readonly ReasonCode Points = new(
        "reminders.worklist.points",
        "{rule}: {points} points.",
        "{rule}：{points} 分。");
}
