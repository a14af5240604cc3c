using System.Collections.Immutable;

namespace Receivables.Matching.Statements;

/// <summary>A bank statement or notification read from a file: its format, the account it is for, and its lines.</summary>
/// <param name="Format">The format, such as <c>camt.053</c> or <c>camt.054</c>.</param>
/// <param name="Account">The account the statement is for (IBAN or other id), or null when the file does not say.</param>
/// <param name="Lines">The lines, in file order (one per entry, or one per transaction of a batch entry).</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record BankStatement(string Format, string? Account, ImmutableArray<StatementLine> Lines);
