namespace Receivables.Matching.Statements;

/// <summary>The reason codes statement readers put in <see cref="StatementLine.Notes"/> when they had to assume or
/// change something.</summary>
/// <remarks>Codes are stable; tests and hosts compare codes, not wording. Thread-safe.</remarks>
public static class StatementReasonCodes
{
    /// <summary><c>statements.dates-from-statement</c>: the entry has neither a booking nor a value date; both were
    /// taken from the statement (<c>source</c> is <c>FrToDt/ToDtTm</c>, <c>FrToDt/FrDtTm</c> or <c>CreDtTm</c>).</summary>
    public static ReasonCode DatesFromStatement { get; } = new(
        "statements.dates-from-statement",
        "the entry has no booking or value date: {date} taken from the statement's {source}",
        "该笔记录没有记账日和起息日：使用对账单的 {source} 日期 {date}");

    /// <summary><c>statements.id-renamed</c>: the line id was used before in the file; the line was renamed (only
    /// with <see cref="StatementStrictness.Lenient"/>).</summary>
    public static ReasonCode IdRenamed { get; } = new(
        "statements.id-renamed",
        "the id {original} was used before in the file: renamed to {renamed}",
        "编号 {original} 在文件中重复：改为 {renamed}");

    /// <summary><c>statements.batch-merged</c>: a batch entry whose transactions do not all carry an amount gives one
    /// line for the entry amount with the texts and references of all <c>count</c> transactions.</summary>
    public static ReasonCode BatchMerged { get; } = new(
        "statements.batch-merged",
        "batch of {count} transactions without individual amounts: one line with all their references",
        "批量记录的 {count} 笔明细没有各自金额：合并为一行，保留全部参考号");
}
