namespace Receivables.Reminders;

/// <summary>
/// Chooses the next action for an item of a customer: which level of its policy comes next and when. The planner
/// then applies what no policy may change: holds (disputes, promises, blocks), minimum amounts, quiet days and the
/// contact cap. Built-ins are in <see cref="ReminderActionPolicies"/>; the default is
/// <see cref="ReminderActionPolicies.Ladder"/>.
/// </summary>
/// <remarks>Implementations must be immutable and thread-safe, and depend only on the arguments (the plan must not
/// depend on input order).</remarks>
public interface IReminderActionPolicy
{
    /// <summary>Chooses the next step.</summary>
    /// <param name="arguments">The item, its policy and history.</param>
    /// <returns>The step; a level that is due later, or none.</returns>
    ReminderStep Choose(in ReminderActionArguments arguments);
}
