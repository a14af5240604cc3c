using Receivables.Internal;
namespace Receivables.Reminders;

/// <summary>A rendered reminder message.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Language">The language (<c>en</c> or <c>zh</c>, or a template's own).</param>
/// <param name="Subject">The subject line.</param>
/// <param name="Body">The body text (lines separated by <c>\n</c>).</param>
public sealed record ReminderMessage(string Language, string Subject, string Body)
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(ReminderMessage), PrintMembers);
}
