namespace Receivables.Matching.Statements;

/// <summary>How a statement reader treats a repeated line id.</summary>
public enum StatementStrictness
{
    /// <summary>A repeated line id refuses the file (<see cref="StatementFormatException"/> naming both places); the
    /// default.</summary>
    Strict = 0,

    /// <summary>A repeated line id is renamed (<c>id#2</c>, <c>id#3</c>, … the first free one) and the rename is noted
    /// on the line (<see cref="StatementReasonCodes.IdRenamed"/>).</summary>
    Lenient = 1,
}
