namespace Receivables.Matching.Statements;

/// <summary>A bank statement or wallet bill is malformed or misses a required element; the message, the
/// <see cref="ElementPath"/> (XML) and the <see cref="Line"/> and <see cref="Column"/> (CSV, and malformed XML) say
/// where.</summary>
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

    /// <summary>Initializes an exception naming the place in a text (CSV) file.</summary>
    /// <param name="fileName">The file name, or null when the text did not come from a named file.</param>
    /// <param name="line">The 1-based line number.</param>
    /// <param name="column">The 1-based column (field) number, or 0 when the whole line is wrong.</param>
    /// <param name="columnName">The column's header name, or null.</param>
    /// <param name="message">What is wrong.</param>
    public StatementFormatException(string? fileName, int line, int column, string? columnName, string message)
        : base($"{Place(fileName, line, column, columnName)}: {message}")
    {
        ElementPath = string.Empty;
        FileName = fileName;
        Line = line;
        Column = column;
        ColumnName = columnName;
    }

    internal StatementFormatException(string elementPath, string message, int line, int position, Exception innerException)
        : base($"{elementPath}: {message}", innerException)
    {
        ElementPath = elementPath;
        Line = line;
        Column = position;
    }

    /// <summary>Gets the path of the element where the problem is (1-based positions among equal siblings); empty
    /// when unknown or for CSV files.</summary>
    public string ElementPath { get; }

    /// <summary>Gets the file name of a CSV file, or null.</summary>
    public string? FileName { get; }

    /// <summary>Gets the 1-based line of the problem (CSV files, and malformed XML); 0 when unknown.</summary>
    public int Line { get; }

    /// <summary>Gets the 1-based column of the problem: the field number in a CSV file, the character position in
    /// malformed XML; 0 when unknown or when the whole line is wrong.</summary>
    public int Column { get; }

    /// <summary>Gets the header name of the CSV column, or null.</summary>
    public string? ColumnName { get; }

    private static string Place(string? fileName, int line, int column, string? columnName)
    {
        var place = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{fileName ?? "(text)"} line {line}");
        return column <= 0 ? place : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{place}, column {column}{(columnName is null ? string.Empty : $" ({columnName})")}");
    }
}
