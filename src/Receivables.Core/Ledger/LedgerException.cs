namespace Receivables.Ledger;

/// <summary>
/// Thrown when a change to the ledger breaks a rule. The ledger is unchanged: accounts are immutable and a refused
/// change produces no new state. <see cref="Field"/> names the input that was wrong.
/// </summary>
/// <remarks>Instances are immutable once thrown; the type is thread-safe.</remarks>
public sealed class LedgerException : InvalidOperationException
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="error">The rule that was broken.</param>
    /// <param name="field">The input that was wrong, such as <c>"document.Id"</c> or <c>"allocations[1].Amount"</c>.</param>
    /// <param name="message">A sentence a person can read.</param>
    public LedgerException(LedgerError error, string field, string message)
        : base($"{message} (field: {field})")
    {
        Error = error;
        Field = field;
    }

    /// <summary>Initializes a new instance with a generic message.</summary>
    public LedgerException()
        : base("The ledger refused the change.")
    {
        Field = string.Empty;
    }

    /// <summary>Initializes a new instance with a message.</summary>
    /// <param name="message">The message.</param>
    public LedgerException(string message)
        : base(message)
    {
        Field = string.Empty;
    }

    /// <summary>Initializes a new instance with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public LedgerException(string message, Exception innerException)
        : base(message, innerException)
    {
        Field = string.Empty;
    }

    /// <summary>Gets the rule that was broken.</summary>
    public LedgerError Error { get; }

    /// <summary>Gets the input that was wrong.</summary>
    public string Field { get; }
}
