using System.Globalization;
namespace Receivables.Cli;

/// <summary>A CSV input error that names the file, the line and the column.</summary>
internal sealed class CsvInputException : Exception
{
    public CsvInputException(string file, int line, string? column, string message)
        : base(column is null ? string.Create(CultureInfo.InvariantCulture, $"{file}:{line}: {message}") : string.Create(CultureInfo.InvariantCulture, $"{file}:{line}: column '{column}': {message}"))
    {
        File = file;
        Line = line;
        Column = column;
    }

    public CsvInputException()
    {
        File = string.Empty;
    }

    public CsvInputException(string message)
        : base(message)
    {
        File = string.Empty;
    }

    public CsvInputException(string message, Exception innerException)
        : base(message, innerException)
    {
        File = string.Empty;
    }

    public string File { get; }

    public int Line { get; }

    public string? Column { get; }
}
