using Receivables.Internal;

namespace Receivables.Ledger;

/// <summary>One line of a statement of account (对账单): a document or an application of the period.</summary>
/// <param name="Date">The date of the document or the application.</param>
/// <param name="Kind">What the line records.</param>
/// <param name="Document">The document: for an application or reversal, the applied credit.</param>
/// <param name="DocumentKind">The kind of <paramref name="Document"/>.</param>
/// <param name="Amount">For <see cref="StatementMovementKind.Document"/> the signed amount (debits positive, credits
/// negative), which the balance moves by; for an application or reversal the amount applied or undone (positive), which
/// does not move the balance.</param>
/// <param name="Balance">The running balance after the line.</param>
/// <param name="AppliedTo">For an application or reversal, the debit item; otherwise null.</param>
/// <param name="Reference">The document's reference, or null.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record StatementMovement(DateOnly Date, StatementMovementKind Kind, DocumentId Document, DocumentKind DocumentKind, Money Amount, Money Balance, DocumentId? AppliedTo, string? Reference)
{
    /// <inheritdoc/>
    public override string ToString() => InvariantText.Record(nameof(StatementMovement), PrintMembers);

    /// <summary>How much the line moves the balance: <see cref="Amount"/> for a document, zero otherwise.</summary>
    public Money BalanceChange => Kind == StatementMovementKind.Document ? Amount : Money.Zero(Amount.Currency);
}
