using System.Collections.Immutable;
using Receivables.Terms;

namespace Receivables.Reminders;

/// <summary>One validated level of a <see cref="ReminderPolicy"/>; see <see cref="ReminderLevelOptions"/> for the
/// meaning of each value.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ReminderLevel
{
    internal ReminderLevel(int number, ReminderLevelOptions o, ImmutableDictionary<Currency, Money> minimum, ImmutableDictionary<Currency, Money> itemMinimum, ReminderFee fee)
    {
        Number = number;
        Days = o.Days;
        GraceDays = o.GraceDays;
        MinimumOverdue = minimum;
        MinimumItemOverdue = itemMinimum;
        MaxCount = o.MaxCount;
        MinIntervalDays = o.MinIntervalDays;
        Channels = o.Channels.Count == 0 ? [ReminderChannel.Email] : [.. o.Channels.Distinct()];
        Tone = o.Tone;
        Action = o.Action;
        Fee = fee;
        Interest = o.Interest ?? LateChargePolicies.None;
        AfterOutcomes = [.. o.AfterOutcomes.Distinct()];
    }

    /// <summary>Gets the level's number, from 1.</summary>
    public int Number { get; }

    /// <summary>Gets the days relative to the due date (negative before it).</summary>
    public int Days { get; }

    /// <summary>Gets the grace days.</summary>
    public int GraceDays { get; }

    /// <summary>Gets the day offset from the due date on which the level fires: <see cref="Days"/> + <see cref="GraceDays"/>.</summary>
    public int FiresAfterDays => Days + GraceDays;

    /// <summary>Gets the minimum overdue total of the customer per currency (absent: no minimum).</summary>
    public ImmutableDictionary<Currency, Money> MinimumOverdue { get; }

    /// <summary>Gets the minimum open amount of one item per currency (absent: no minimum).</summary>
    public ImmutableDictionary<Currency, Money> MinimumItemOverdue { get; }

    /// <summary>Gets how many times the level may be issued for an item.</summary>
    public int MaxCount { get; }

    /// <summary>Gets the days after issuing before the level repeats or the next fires.</summary>
    public int MinIntervalDays { get; }

    /// <summary>Gets the channels in order of preference (never empty).</summary>
    public ImmutableArray<ReminderChannel> Channels { get; }

    /// <summary>Gets the tone.</summary>
    public ReminderTone Tone { get; }

    /// <summary>Gets the action.</summary>
    public ReminderAction Action { get; }

    /// <summary>Gets the fee (<see cref="ReminderFee.None"/> when none).</summary>
    public ReminderFee Fee { get; }

    /// <summary>Gets the interest policy (<see cref="LateChargePolicies.None"/> when none).</summary>
    public ILateChargePolicy Interest { get; }

    /// <summary>Gets the outcomes of the last contact that allow the level (empty: no condition).</summary>
    public ImmutableArray<ContactOutcome> AfterOutcomes { get; }

    /// <summary>Writes the level as <c>L2 +14d firm Letter</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
        => System.FormattableString.Invariant($"L{Number} {(Days >= 0 ? "+" : string.Empty)}{Days}d {Tone} {Action} {string.Join("/", Channels)}");
}
