using System.Collections.Immutable;

namespace Receivables.Reminders;

/// <summary>Reminder options (a policy, customers' preferences, worklist options) are invalid; every error is listed,
/// each naming its field, such as <c>Levels[1].GraceDays</c>. Nothing was built.</summary>
/// <remarks>Thread-safe once thrown.</remarks>
public sealed class ReminderOptionsException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="errors">The errors, each starting with its field.</param>
    /// <param name="paramName">The argument that held the options.</param>
    public ReminderOptionsException(IEnumerable<string> errors, string? paramName)
        : this([.. errors ?? []], paramName)
    {
    }

    /// <summary>Creates the exception with one error.</summary>
    public ReminderOptionsException()
        : this(["The options are invalid."], null)
    {
    }

    /// <summary>Creates the exception with one error.</summary>
    /// <param name="message">The error.</param>
    public ReminderOptionsException(string message)
        : this([message], null)
    {
    }

    /// <summary>Creates the exception with one error and an inner exception.</summary>
    /// <param name="message">The error.</param>
    /// <param name="innerException">The cause.</param>
    public ReminderOptionsException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [message];
    }

    private ReminderOptionsException(ImmutableArray<string> errors, string? paramName)
        : base("Invalid reminder options: " + string.Join(" ", errors), paramName)
    {
        Errors = errors;
    }

    /// <summary>Gets every error, each starting with the field it concerns.</summary>
    public ImmutableArray<string> Errors { get; }
}
