using System.Globalization;

namespace Receivables.Calendars;

/// <summary>A calendar file could not be read; the message and <see cref="LineNumber"/> say where.</summary>
/// <remarks>Instances are immutable once thrown; not meant to be shared across threads while being built.</remarks>
public sealed class CalendarFormatException : FormatException
{
    /// <summary>Initializes a new exception with no line (an empty message).</summary>
    public CalendarFormatException()
    {
    }

    /// <summary>Initializes a new exception with a message and no line.</summary>
    /// <param name="message">What is wrong.</param>
    public CalendarFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new exception with a message and an inner exception.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public CalendarFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new exception for a line of a calendar file.</summary>
    /// <param name="lineNumber">The 1-based line number.</param>
    /// <param name="message">What is wrong on that line.</param>
    public CalendarFormatException(int lineNumber, string message)
        : base(string.Create(CultureInfo.InvariantCulture, $"Line {lineNumber}: {message}"))
    {
        LineNumber = lineNumber;
    }

    /// <summary>Gets the 1-based line number of the error, or 0 when the error is not tied to a line.</summary>
    public int LineNumber { get; }
}
