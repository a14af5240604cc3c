using Receivables.Internal;
using System.Collections.Immutable;

namespace Receivables.Matching.Statements;

/// <summary>A bank statement or notification read from a file: its format, the account it is for, and its lines.</summary>
/// <param name="Format">The format, such as <c>camt.053</c>, <c>camt.054</c>, <c>wechatpay.trade</c> or
/// <c>alipay.trade</c>.</param>
/// <param name="Account">The account of the first statement in the file (IBAN or other id), or null when the file does
/// not say; each line carries its own <see cref="StatementLine.Account"/>.</param>
/// <param name="Lines">The lines, in file order (one per entry, or one per transaction of a batch entry).</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record BankStatement(string Format, string? Account, ImmutableArray<StatementLine> Lines)
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(BankStatement), PrintMembers);

    /// <summary>Gets the balances the file reports (camt <c>Bal</c>), in file order, each with its account.</summary>
    /// <value>The default value is empty (never default).</value>
    public ImmutableArray<StatementBalance> Balances
    {
        get;
        init => field = value.IsDefault ? [] : value;
    } = [];
}
