namespace Receivables.Ledger;

/// <summary>What a line of a statement of account (<see cref="StatementMovement"/>) records.</summary>
public enum StatementMovementKind
{
    /// <summary>A document dated in the period: it changes the balance by its signed amount.</summary>
    Document = 0,

    /// <summary>A credit (payment, credit note, discount, write-off) applied to a debit item in the period: it moves
    /// the open amount between items and leaves the balance unchanged.</summary>
    Application = 1,

    /// <summary>An application undone in the period (a returned payment, a correction): the balance is unchanged.</summary>
    Reversal = 2,
}
