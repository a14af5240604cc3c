using Receivables.Internal;
using System.Collections.Immutable;

namespace Receivables.Reminders;

/// <summary>A customer's part of a <see cref="ReminderPlan"/>: the proposed actions, what was skipped and why, and
/// the next date something is due.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Customer">The customer.</param>
/// <param name="Proposals">The proposed actions, most severe level first.</param>
/// <param name="Skipped">The items and communications not reminded, with reasons.</param>
/// <param name="NextActionDate">The earliest later date on which something is due, or <see langword="null"/>.</param>
/// <param name="Reasons">Customer-level reasons (the policy chosen).</param>
public sealed record CustomerReminders(CustomerId Customer, ImmutableArray<ReminderProposal> Proposals, ImmutableArray<ReminderSkip> Skipped, DateOnly? NextActionDate, ImmutableArray<Reason> Reasons)
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(CustomerReminders), PrintMembers);
}
