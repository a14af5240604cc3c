using Receivables.Internal;
using System.Collections.Immutable;

namespace Receivables.Reminders;

/// <summary>The result of <see cref="ReminderPlanner.Plan(DateOnly, IEnumerable{Ledger.OpenItem}, ReminderHistory, ReminderStrategy, ReminderCustomers?, IEnumerable{DocumentRequest}?)"/>:
/// per customer (ordinal order of ids), the proposed actions and the skipped items. Nothing is sent.</summary>
/// <remarks>Immutable and thread-safe. A plan made by the planner keeps its rows compact and writes each customer's
/// proposals, skips and reasons the first time they are read (once: every thread sees the same arrays; decision 502).</remarks>
/// <param name="AsOf">The planning date.</param>
/// <param name="Customers">The customers with open items or owed documents.</param>
public sealed record ReminderPlan(DateOnly AsOf, ImmutableArray<CustomerReminders> Customers)
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(ReminderPlan), PrintMembers);

    /// <summary>Gets every proposal, by customer.</summary>
    public IEnumerable<ReminderProposal> Proposals => Customers.SelectMany(c => c.Proposals);

    /// <summary>Gets the records to keep when every proposal was issued.</summary>
    /// <returns>The records.</returns>
    public IEnumerable<ReminderIssued> ToIssued() => Proposals.Select(p => p.ToIssued());
}
