namespace Receivables.Matching.Statements;

/// <summary>A bank statement file is malformed or misses a required element; the message and
/// <see cref="ElementPath"/> say where.</summary>
/// <remarks>Thread-safe after construction.</remarks>
public sealed class StatementFormatException : FormatException
{
    /// <summary>Initializes an exception without details.</summary>
    public StatementFormatException()
        : this("The bank statement is malformed.")
    {
    }

    /// <summary>Initializes an exception with a message.</summary>
    /// <param name="message">The message.</param>
    public StatementFormatException(string message)
        : base(message)
    {
        ElementPath = string.Empty;
    }

    /// <summary>Initializes an exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public StatementFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        ElementPath = string.Empty;
    }

    /// <summary>Initializes an exception naming the element.</summary>
    /// <param name="elementPath">The path of the element, such as <c>/Document/BkToCstmrStmt/Stmt[1]/Ntry[3]/Amt</c>.</param>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause, or null.</param>
    public StatementFormatException(string elementPath, string message, Exception? innerException)
        : base($"{elementPath}: {message}", innerException)
    {
        ElementPath = elementPath;
    }

    /// <summary>Gets the path of the element where the problem is (1-based positions among equal siblings); empty
    /// when unknown.</summary>
    public string ElementPath { get; }
}
