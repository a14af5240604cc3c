using System.Collections.Immutable;
using System.Globalization;

namespace Receivables.Reminders;

/// <summary>
/// One proposed communication (or escalation) to a customer: policy and level, channel, tone, the items with their
/// overdue amounts, totals, fee and interest per currency, the next action date, and the reasons. Nothing is sent:
/// record it with <see cref="ToIssued"/> and <see cref="ReminderRecorder"/> once done.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ReminderProposal
{
    private readonly ReminderPlanner.ProposalReasons? _pending;
    private ImmutableArray<Reason> _reasons;

    internal ReminderProposal(DateOnly date, CustomerId customer, ReminderPolicy policy, ReminderLevel level, ReminderChannel channel, ReminderTrigger trigger, ImmutableArray<ReminderLine> lines, ImmutableArray<Money> totals, ImmutableArray<Money> fees, ImmutableArray<Money> interest, DateOnly? next, ImmutableArray<Reason> reasons, ReminderPreferences preferences)
        : this(date, customer, policy, level, channel, trigger, lines, totals, fees, interest, next, (ReminderPlanner.ProposalReasons?)null, preferences)
    {
        _reasons = reasons;
    }

    internal ReminderProposal(DateOnly date, CustomerId customer, ReminderPolicy policy, ReminderLevel level, ReminderChannel channel, ReminderTrigger trigger, ImmutableArray<ReminderLine> lines, ImmutableArray<Money> totals, ImmutableArray<Money> fees, ImmutableArray<Money> interest, DateOnly? next, ReminderPlanner.ProposalReasons? reasons, ReminderPreferences preferences)
    {
        Date = date;
        Customer = customer;
        Policy = policy.Name;
        Subject = policy.Subject;
        Level = level.Number;
        Action = level.Action;
        Tone = level.Tone;
        Channel = channel;
        Trigger = trigger;
        Lines = lines;
        Totals = totals;
        Fees = fees;
        Interest = interest;
        NextActionDate = next;
        _pending = reasons;
        Language = preferences.Language;
        ContactPerson = preferences.ContactPerson;
    }

    /// <summary>Gets the plan's date.</summary>
    public DateOnly Date { get; }

    /// <summary>Gets the customer.</summary>
    public CustomerId Customer { get; }

    /// <summary>Gets the policy's name.</summary>
    public string Policy { get; }

    /// <summary>Gets what is chased.</summary>
    public ReminderSubject Subject { get; }

    /// <summary>Gets the level number.</summary>
    public int Level { get; }

    /// <summary>Gets the action.</summary>
    public ReminderAction Action { get; }

    /// <summary>Gets the tone.</summary>
    public ReminderTone Tone { get; }

    /// <summary>Gets the channel.</summary>
    public ReminderChannel Channel { get; }

    /// <summary>Gets why the level fired.</summary>
    public ReminderTrigger Trigger { get; }

    /// <summary>Gets the items, oldest due first.</summary>
    public ImmutableArray<ReminderLine> Lines { get; }

    /// <summary>Gets the overdue totals, one per currency (by code).</summary>
    public ImmutableArray<Money> Totals { get; }

    /// <summary>Gets the fees, one per currency with a positive fee.</summary>
    public ImmutableArray<Money> Fees { get; }

    /// <summary>Gets the interest, one per currency with positive interest.</summary>
    public ImmutableArray<Money> Interest { get; }

    /// <summary>Gets the date the next action for these items is due if nothing changes, or <see langword="null"/>
    /// when the ladder ends or waits for an outcome.</summary>
    public DateOnly? NextActionDate { get; }

    /// <summary>Gets why: the level of each item, the broken promises, the channel, capped fees.</summary>
    /// <remarks>Written the first time it is read (once: every thread sees the same list).</remarks>
    public ImmutableArray<Reason> Reasons
    {
        get
        {
            var reasons = _reasons;
            if (reasons.IsDefault)
            {
                ImmutableInterlocked.InterlockedInitialize(ref _reasons, _pending!.Write(Lines));
                reasons = _reasons;
            }

            return reasons;
        }
    }

    /// <summary>Gets the language for the message (<c>en</c> or <c>zh</c>).</summary>
    public string Language { get; }

    /// <summary>Gets the contact person, or <see langword="null"/>.</summary>
    public string? ContactPerson { get; }

    /// <summary>Gets the record to keep once the reminder was issued.</summary>
    /// <returns>The record.</returns>
    public ReminderIssued ToIssued()
        => new(Date, Customer, Policy, Level, Action, Channel, Tone, Trigger, Lines.Select(l => l.Item), Fees, Interest);

    /// <summary>Writes the proposal as <c>2026-11-30 C-1 standard L2 Letter Firm: 2 item(s) 1200.00 CNY</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"{Date:yyyy-MM-dd} {Customer} {Policy} L{Level} {Channel} {Tone}: {Lines.Length} item(s) {string.Join(" + ", Totals)}");
}
