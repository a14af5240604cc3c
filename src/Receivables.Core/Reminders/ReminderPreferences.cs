using Receivables.Internal;
using Receivables.Calendars;

namespace Receivables.Reminders;

/// <summary>A customer's contact preferences: channel, language, contact person, do-not-contact periods and the
/// calendar whose non-business days (weekends, Spring Festival …) are quiet days.</summary>
/// <remarks>Immutable and thread-safe. Validated by <see cref="ReminderCustomers.Create"/>.</remarks>
public sealed record ReminderPreferences
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(ReminderPreferences), PrintMembers);

    /// <summary>Gets the preferences with every default.</summary>
    public static ReminderPreferences Default { get; } = new();

    /// <summary>Gets the preferred channel, used when a level offers it.</summary>
    /// <value>The default value is <see langword="null"/>: the level's first channel.</value>
    public ReminderChannel? Channel { get; init; }

    /// <summary>Gets the language of messages: <c>en</c> or <c>zh</c>.</summary>
    /// <value>The default value is <c>en</c>.</value>
    public string Language { get; init; } = "en";

    /// <summary>Gets the contact person.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public string? ContactPerson { get; init; }

    /// <summary>Gets the periods in which the customer must not be contacted.</summary>
    /// <value>The default value is empty.</value>
    public IReadOnlyList<DoNotContactPeriod> DoNotContact { get; init; } = [];

    /// <summary>Gets the customer's calendar; reminders are never planned on its non-business days.</summary>
    /// <value>The default value is <see langword="null"/>: the planner's calendar.</value>
    public IBusinessCalendar? Calendar { get; init; }
}
