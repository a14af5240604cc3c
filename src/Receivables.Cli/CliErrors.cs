using System.Text.RegularExpressions;
using System.Xml;
using Receivables.Ledger;
using Receivables.Matching.Statements;

namespace Receivables.Cli;

/// <summary>A mistake in what the user gave the tool (an option value, a file): exit code 2, no stack trace.</summary>
internal sealed class UserInputException : Exception
{
    public UserInputException(string message)
        : base(message)
    {
    }

    public UserInputException()
    {
    }

    public UserInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>Turns exceptions into one line a finance user can act on, and tells input mistakes from failures.</summary>
internal static partial class CliErrors
{
    /// <summary>Whether the exception is a mistake in the input (exit 2) rather than a failure of the tool (exit 1).</summary>
    public static bool IsInputError(Exception ex) => ex is CsvInputException or UserInputException or FileNotFoundException
        or DirectoryNotFoundException or UnauthorizedAccessException or PathTooLongException or LedgerException
        or ArgumentException or FormatException or OverflowException or XmlException or StatementFormatException
        or CurrencyMismatchException or IOException or Receivables.Calendars.CalendarCoverageException;

    /// <summary>The message without library wording (parameter names, internal field paths, API hints).</summary>
    public static string Describe(Exception ex) => ex switch
    {
        FileNotFoundException f => $"file not found: {f.FileName ?? Clean(f.Message)}",
        DirectoryNotFoundException d => $"a folder in the path does not exist: {PathIn(d.Message)}",
        UnauthorizedAccessException u => $"not allowed to read or write {PathIn(u.Message)}",
        UnknownCurrencyException c => Clean(c.Message.Split(" Use Currency.Custom", 2)[0]),
        OverflowException => "an amount or a total is too large to compute; check the amount columns for values beyond 999,999,999,999,999.99.",
        XmlException x => $"the file is not well-formed XML (line {x.LineNumber}, position {x.LinePosition}): {Clean(x.Message.Split(" Line ", 2)[0])}",
        _ => Clean(ex.Message),
    };

    /// <summary>Removes "(Parameter 'x')" and "(field: x)" suffixes, which name library parameters, not user input.</summary>
    public static string Clean(string message) => Suffixes().Replace(message, string.Empty).Trim();

    private static string PathIn(string message)
    {
        var start = message.IndexOf('\'', StringComparison.Ordinal);
        var end = message.LastIndexOf('\'');
        return start >= 0 && end > start ? message[(start + 1)..end] : Clean(message);
    }

    [GeneratedRegex(@"\s*\((Parameter '[^']*'|field: [^)]*)\)")]
    private static partial Regex Suffixes();
}
