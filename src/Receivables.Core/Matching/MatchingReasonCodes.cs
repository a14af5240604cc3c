namespace Receivables.Matching;

/// <summary>
/// The reason codes of matching and customer-statement reconciliation: every <see cref="Reason"/> in a
/// <see cref="MatchProposal"/>, <see cref="LineMatch"/>, <see cref="PayerCandidate"/>, <see cref="ReferenceHit"/> or
/// reconciliation line is of one of these codes (or of a custom rule's own code). Hosts and tests compare codes and
/// arguments (<see cref="Reason.Is"/>), never the wording, which may improve.
/// </summary>
/// <remarks>Codes never change meaning once published. Each has an English and a Chinese template. The fields are
/// immutable and thread-safe.</remarks>
public static class MatchingReasonCodes
{
    /// <summary>A known payer account identifies the customer. Arguments: <c>account</c>, <c>customer</c>.</summary>
    public static readonly ReasonCode PayerAccount = new("matching.payer.account", "payer account {account} known for customer {customer}", "付款账户 {account} 属于客户 {customer}");

    /// <summary>The payer name equals a known name of the customer. Arguments: <c>name</c>, <c>customer</c>.</summary>
    public static readonly ReasonCode PayerName = new("matching.payer.name", "payer name '{name}' matches customer {customer}", "付款人名称“{name}”与客户 {customer} 一致");

    /// <summary>The payer name is similar to a known name of the customer. Arguments: <c>name</c>, <c>similarity</c>
    /// (0 to 1), <c>customer</c>.</summary>
    public static readonly ReasonCode PayerNameSimilar = new("matching.payer.name-similar", "payer name '{name}' similar ({similarity}) to customer {customer}", "付款人名称“{name}”与客户 {customer} 相似（{similarity}）");

    /// <summary>A customer's name or customer number is written in the remittance text. Arguments: <c>written</c>,
    /// <c>customer</c>.</summary>
    public static readonly ReasonCode PayerInText = new("matching.payer.in-text", "the remittance text names customer {customer} ('{written}')", "附言提到客户 {customer}（“{written}”）");

    /// <summary>A host-maintained mapping (text pattern to customer) matched the line. Arguments: <c>pattern</c>,
    /// <c>customer</c>.</summary>
    public static readonly ReasonCode PayerMapping = new("matching.payer.mapping", "mapping '{pattern}' assigns the line to customer {customer}", "映射规则“{pattern}”将此行分配给客户 {customer}");

    /// <summary>The identified payer is the parent of the customer, which it may pay for. Arguments: <c>payer</c> (the
    /// parent's own reason), <c>customer</c>.</summary>
    public static readonly ReasonCode PayerParent = new("matching.payer.parent", "{payer}, the parent of customer {customer}, which it may pay for", "{payer}，是客户 {customer} 的母公司，可代其付款");

    /// <summary>The customer is known only because it owns a referenced item. Arguments: <c>customer</c>,
    /// <c>item</c>.</summary>
    public static readonly ReasonCode PayerFromReference = new("matching.payer.from-reference", "customer {customer} known from reference {item}", "由单据号 {item} 得知客户 {customer}");

    /// <summary>A payer account is known for several customers, so it identifies nobody. Arguments: <c>account</c>,
    /// <c>customers</c>.</summary>
    public static readonly ReasonCode PayerAccountAmbiguous = new("matching.payer.account-ambiguous", "payer account {account} is known for several customers ({customers}): identifies nobody", "付款账户 {account} 属于多个客户（{customers}），无法识别付款人");

    /// <summary>A payer name matches (or is equally similar to) several customers, so it identifies nobody.
    /// Arguments: <c>name</c>, <c>customers</c>.</summary>
    public static readonly ReasonCode PayerNameAmbiguous = new("matching.payer.name-ambiguous", "payer name '{name}' matches several customers ({customers}): identifies nobody", "付款人名称“{name}”与多个客户（{customers}）相符，无法识别付款人");

    /// <summary>A reference in the text equals an open item's number or one of its further references. Arguments:
    /// <c>item</c>, <c>written</c>.</summary>
    public static readonly ReasonCode ReferenceExact = new("matching.reference.exact", "reference {item} found (written '{written}')", "找到单据号 {item}（写作“{written}”）");

    /// <summary>A reference one typo away from an item's number. Arguments: <c>item</c>, <c>written</c>.</summary>
    public static readonly ReasonCode ReferenceTypo = new("matching.reference.typo", "reference {item} found with one typo (written '{written}')", "找到单据号 {item}，有一处笔误（写作“{written}”）");

    /// <summary>The text ends with the start of an item's number. Arguments: <c>item</c>, <c>written</c>.</summary>
    public static readonly ReasonCode ReferenceTruncated = new("matching.reference.truncated", "reference {item} found truncated (written '{written}', the text was cut)", "找到被截断的单据号 {item}（写作“{written}”，附言被截断）");

    /// <summary>A referenced item is in another currency than the line. Arguments: <c>item</c>,
    /// <c>itemCurrency</c>, <c>lineCurrency</c>.</summary>
    public static readonly ReasonCode ReferenceOtherCurrency = new("matching.reference.other-currency", "reference {item} is in {itemCurrency}, the line in {lineCurrency}", "单据 {item} 的币种为 {itemCurrency}，本行为 {lineCurrency}");

    /// <summary>References were found but none points to an open item. Arguments: <c>references</c>.</summary>
    public static readonly ReasonCode ReferenceNoOpenItem = new("matching.reference.no-open-item", "references found but no open item: {references}", "找到单据号但无对应未清项：{references}");

    /// <summary>The payer was identified as other customers than the owner of the referenced item. Arguments:
    /// <c>payers</c>, <c>customer</c>.</summary>
    public static readonly ReasonCode ReferenceOtherCustomer = new("matching.reference.other-customer", "the payer was identified as {payers}, but {customer} owns the referenced item", "付款人识别为 {payers}，但被引用的单据属于 {customer}");

    /// <summary>An ISO 11649 creditor reference (RF…) whose check digits are wrong. Arguments: <c>written</c>.</summary>
    public static readonly ReasonCode ReferenceCreditorInvalid = new("matching.reference.creditor-invalid", "creditor reference '{written}' fails its ISO 11649 check digits: ignored", "债权人参考号“{written}”的 ISO 11649 校验位错误，已忽略");

    /// <summary>The remittance text was longer than <see cref="MatchingOptions.MaxRemittanceLength"/> and was cut
    /// before it was read. Arguments: <c>length</c>, <c>limit</c>.</summary>
    public static readonly ReasonCode TextCut = new("matching.text.cut", "the remittance text ({length} characters) was cut to its first {limit} characters before it was read", "附言（{length} 个字符）仅读取了前 {limit} 个字符");

    /// <summary>The amount equals the open amount of the items. Arguments: <c>count</c>, <c>total</c>.</summary>
    public static readonly ReasonCode AmountExact = new("matching.amount.exact", "amount equals the open amount of {count} item(s) ({total})", "金额等于 {count} 笔未清项的未清金额（{total}）");

    /// <summary>The amount equals the open amount less an early-payment discount offered and still valid. Arguments:
    /// <c>count</c>, <c>discount</c>, <c>valueDate</c>, <c>payBy</c>.</summary>
    public static readonly ReasonCode AmountDiscount = new("matching.amount.discount", "amount equals the open amount of {count} item(s) less early-payment discount {discount} (value date {valueDate}, pay by {payBy})", "金额等于 {count} 笔未清项减去现金折扣 {discount}（起息日 {valueDate}，折扣截止 {payBy}）");

    /// <summary>A short payment within the write-off tolerance (bank fees). Arguments: <c>shortBy</c>, <c>item</c>.</summary>
    public static readonly ReasonCode AmountWriteOff = new("matching.amount.write-off", "short payment of {shortBy} within tolerance (bank fees), proposed as write-off on {item}", "少付 {shortBy} 在容差内（银行手续费），建议在 {item} 上核销");

    /// <summary>A partial payment. Arguments: <c>amount</c>, <c>total</c>.</summary>
    public static readonly ReasonCode AmountPartial = new("matching.amount.partial", "partial payment: {amount} of {total} open", "部分付款：未清 {total} 中付了 {amount}");

    /// <summary>More than the items' open amount was paid; the rest stays unapplied cash. Arguments: <c>rest</c>,
    /// <c>count</c>.</summary>
    public static readonly ReasonCode AmountOverpayment = new("matching.amount.overpayment", "overpayment: {rest} above the open amount of {count} item(s) left as unapplied cash", "多付：超出 {count} 笔未清项的 {rest} 作为未核销款保留");

    /// <summary>A short payment named by the customer's <see cref="DeductionPolicy"/>. Arguments: <c>kind</c> (a
    /// <see cref="DeductionKind"/> name), <c>amount</c> (the shortfall), <c>item</c>, <c>paid</c>, <c>total</c> (due),
    /// <c>treatment</c> (a <see cref="DeductionTreatment"/> name).</summary>
    public static readonly ReasonCode Deduction = new("matching.amount.deduction", "{kind} of {amount} on {item} ({paid} paid of {total} due): {treatment}", "{item} 扣款 {amount}（{kind}；应付 {total}，实付 {paid}）：{treatment}");

    /// <summary>The customer's deduction policy does not allow the deduction to be applied automatically. Arguments:
    /// <c>kind</c>.</summary>
    public static readonly ReasonCode DeductionFlagged = new("matching.amount.deduction-flagged", "{kind} is flagged for review by the customer's deduction policy", "客户扣款政策要求复核 {kind}");

    /// <summary>The excess of an overpayment was applied to the customer's oldest other open items
    /// (<see cref="OverpaymentHandling.ApplyToOldestItems"/>). Arguments: <c>excess</c>, <c>count</c>.</summary>
    public static readonly ReasonCode OverpaymentApplied = new("matching.amount.overpayment-applied", "excess of {excess} applied to the customer's {count} oldest other open item(s)", "多付的 {excess} 已核销客户最早的 {count} 笔其他未清项");

    /// <summary>Several items of the customer fit the amount equally. Arguments: <c>count</c>.</summary>
    public static readonly ReasonCode AmountSeveralFit = new("matching.amount.several-fit", "{count} items fit the amount", "有 {count} 笔未清项与金额相符");

    /// <summary>The proposal settles all open items of the customer. Arguments: <c>customer</c>.</summary>
    public static readonly ReasonCode AmountWholeAccount = new("matching.amount.whole-account", "all open items of customer {customer}", "客户 {customer} 的全部未清项");

    /// <summary>No open amount fits; a partial payment of the oldest item is assumed. Arguments: <c>item</c>,
    /// <c>amount</c>, <c>open</c>.</summary>
    public static readonly ReasonCode AmountOldestPartial = new("matching.amount.oldest-partial", "no open amount fits: partial payment of the oldest item {item} assumed ({amount} of {open})", "无金额相符：假定为最早一笔 {item} 的部分付款（{open} 中付了 {amount}）");

    /// <summary>The amount covers the oldest items in order (an optional convention). Arguments: <c>count</c>,
    /// <c>amount</c>.</summary>
    public static readonly ReasonCode AmountOldestFirst = new("matching.amount.oldest-first", "{amount} applied to the oldest {count} item(s) until it is used up", "{amount} 按账龄依次核销最早的 {count} 笔未清项");

    /// <summary>An item of the same customer fits the amount better than the referenced one. Arguments: <c>item</c>.</summary>
    public static readonly ReasonCode AmountFitsOtherItem = new("matching.amount.fits-other-item", "but the amount fits another open item, {item}, of the same customer", "但金额与同一客户的另一未清项 {item} 相符");

    /// <summary>Several items settled by one payment, the only combination found. No arguments.</summary>
    public static readonly ReasonCode SubsetUnique = new("matching.subset.unique", "the only combination of open items found for this amount", "此金额仅找到这一种未清项组合");

    /// <summary>Several items settled by one payment; another combination gives the same amount. No arguments.</summary>
    public static readonly ReasonCode SubsetShared = new("matching.subset.shared", "another combination of open items gives the same amount", "另有一种未清项组合金额相同");

    /// <summary>Some items of a combination are referenced in the text. Arguments: <c>referenced</c>, <c>count</c>.</summary>
    public static readonly ReasonCode SubsetReferenced = new("matching.subset.referenced", "{referenced} of {count} items referenced in the text", "{count} 笔中有 {referenced} 笔在附言中被引用");

    /// <summary>A deduction named: an early-payment discount taken although none was offered or after its date.
    /// Arguments: <c>amount</c>, <c>item</c>.</summary>
    public static readonly ReasonCode DeductionUnearnedDiscount = new("matching.deduction.unearned-discount", "unearned discount of {amount} deducted on {item} (none offered, or taken after its date)", "{item} 上扣减了未获得的折扣 {amount}（未提供折扣或已过折扣期）");

    /// <summary>A deduction named: bank charges above the write-off tolerance. Arguments: <c>amount</c>, <c>item</c>.</summary>
    public static readonly ReasonCode DeductionBankCharges = new("matching.deduction.bank-charges", "bank charges of {amount} on {item} above the write-off tolerance", "{item} 上的银行手续费 {amount} 超出核销容差");

    /// <summary>A deduction named: a short payment. Arguments: <c>amount</c>, <c>item</c>.</summary>
    public static readonly ReasonCode DeductionShortPayment = new("matching.deduction.short-payment", "short payment of {amount} on {item}", "{item} 少付 {amount}");

    /// <summary>The deduction policy's action for the rest. Arguments: <c>action</c>, <c>amount</c>, <c>item</c>.</summary>
    public static readonly ReasonCode DeductionAction = new("matching.deduction.action", "the rest of {amount} on {item}: {action}", "{item} 的余额 {amount}：{action}");

    /// <summary>A line with a zero amount. No arguments.</summary>
    public static readonly ReasonCode LineZeroAmount = new("matching.line.zero-amount", "amount is zero: reported, not matched to receivables", "金额为零：仅报告，不与应收款匹配");

    /// <summary>A line with a negative amount (refund, chargeback or payment out). No arguments.</summary>
    public static readonly ReasonCode LineNegativeAmount = new("matching.line.negative-amount", "amount is negative (a refund, chargeback or payment out): reported, not matched to receivables", "金额为负（退款、拒付或付出）：仅报告，不与应收款匹配");

    /// <summary>No open items in the line's currency. Arguments: <c>currency</c>.</summary>
    public static readonly ReasonCode LineNoOpenItemsInCurrency = new("matching.line.no-open-items", "no open items in {currency}", "没有 {currency} 币种的未清项");

    /// <summary>Nothing identifies a customer or an item. No arguments.</summary>
    public static readonly ReasonCode NothingIdentifies = new("matching.unmatched.nothing-identifies", "nothing identifies a customer or an item", "无法识别客户或单据");

    /// <summary>The customer was identified but none of its open items fits. Arguments: <c>customer</c>.</summary>
    public static readonly ReasonCode CustomerButNoItem = new("matching.unmatched.customer-no-item", "customer {customer} identified, but none of its open items fits", "已识别客户 {customer}，但其未清项均不相符");

    /// <summary>The best proposal is below the suggestion threshold. Arguments: <c>confidence</c>, <c>threshold</c>.</summary>
    public static readonly ReasonCode BelowSuggestion = new("matching.unmatched.below-suggestion", "best proposal's confidence {confidence} is below the suggestion threshold {threshold}", "最佳建议的置信度 {confidence} 低于建议阈值 {threshold}");

    /// <summary>An item the proposal needs was (partly) taken by another line. Arguments: <c>item</c>, <c>left</c>.</summary>
    public static readonly ReasonCode ItemTaken = new("matching.conflict.taken", "{item} already (partly) taken by another line, {left} left", "{item} 已被其他行（部分）核销，剩余 {left}");

    /// <summary>A better proposal needed items taken by other lines. No arguments.</summary>
    public static readonly ReasonCode BetterProposalBlocked = new("matching.conflict.blocked", "a better proposal needs items already taken by other lines: suggested only", "更优的建议所需单据已被其他行占用：仅作建议");

    /// <summary>Another line needed an item this line took (duplicate payments, a reference that names another line's
    /// item): held for review by <see cref="MatchConflictPolicies.HoldConflictsForReview"/>. Arguments: <c>line</c> (the
    /// other line's id), <c>item</c>.</summary>
    public static readonly ReasonCode ConflictReview = new("matching.conflict.review", "line {line} also claims {item}: both held for review", "第 {line} 行也要核销 {item}：两行均待复核");

    /// <summary>Another proposal fits equally well. Arguments: <c>items</c>.</summary>
    public static readonly ReasonCode Ambiguous = new("matching.decision.ambiguous", "another proposal fits equally well ({items}): suggested only", "另一建议同样相符（{items}）：仅作建议");

    /// <summary>The confidence reaches the auto-apply threshold. Arguments: <c>confidence</c>, <c>threshold</c>.</summary>
    public static readonly ReasonCode AutoApplied = new("matching.decision.auto-apply", "confidence {confidence} reaches the auto-apply threshold {threshold}", "置信度 {confidence} 达到自动核销阈值 {threshold}");

    /// <summary>The confidence is below the auto-apply threshold. Arguments: <c>confidence</c>, <c>threshold</c>.</summary>
    public static readonly ReasonCode Suggested = new("matching.decision.suggest", "confidence {confidence} is below the auto-apply threshold {threshold}: suggested", "置信度 {confidence} 低于自动核销阈值 {threshold}：仅作建议");

    /// <summary>Reconciliation: a customer's reference equals several of ours after normalisation; the one written
    /// the same way was paired. Arguments: <c>reference</c>, <c>others</c>.</summary>
    public static readonly ReasonCode ReconciliationAmbiguous = new("matching.reconciliation.ambiguous-reference", "'{reference}' is also equal to {others} once case and separators are ignored: paired with the one written the same way", "“{reference}”忽略大小写和分隔符后也等于 {others}：已与写法完全相同的单据配对");
}
