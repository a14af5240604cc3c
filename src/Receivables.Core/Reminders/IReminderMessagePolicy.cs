namespace Receivables.Reminders;

/// <summary>Renders the message of a proposed reminder. Built-ins are in <see cref="ReminderMessagePolicies"/>; the
/// default is <see cref="ReminderMessagePolicies.BuiltIn"/>.</summary>
/// <remarks>Implementations must be immutable, thread-safe and culture-independent (no ambient culture).</remarks>
public interface IReminderMessagePolicy
{
    /// <summary>Renders a message.</summary>
    /// <param name="arguments">The proposal and the host's details.</param>
    /// <returns>The message.</returns>
    ReminderMessage Render(in ReminderMessageArguments arguments);
}
