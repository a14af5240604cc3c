namespace Receivables.Reminders;

/// <summary>A rendered reminder message.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Language">The language (<c>en</c> or <c>zh</c>, or a template's own).</param>
/// <param name="Subject">The subject line.</param>
/// <param name="Body">The body text (lines separated by <c>\n</c>).</param>
public sealed record ReminderMessage(string Language, string Subject, string Body);
