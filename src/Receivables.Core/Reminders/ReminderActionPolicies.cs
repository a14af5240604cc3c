using System.Globalization;

namespace Receivables.Reminders;

/// <summary>The built-in <see cref="IReminderActionPolicy"/>s.</summary>
/// <remarks>Static and thread-safe; the policies are immutable.</remarks>
public static class ReminderActionPolicies
{
    /// <summary>
    /// Gets the default policy, a ladder (Business Central and Odoo style): levels are climbed one at a time. The next
    /// level fires on the due date + its days + grace, and not before the previous level's minimum interval has passed;
    /// while waiting, the previous level repeats after its interval up to its maximum count. A friendly pre-due level
    /// (negative days) is skipped once the item is overdue. A level with outcome conditions waits until the customer's
    /// last contact had one of them.
    /// </summary>
    public static IReminderActionPolicy Ladder { get; } = new LadderPolicy(jump: false);

    /// <summary>
    /// Gets the SAP-dunning-style policy: the level is the highest whose date (due date + days + grace) has been
    /// reached, so an old item jumps straight to a high level; otherwise as <see cref="Ladder"/> (minimum intervals,
    /// repeats, outcome conditions).
    /// </summary>
    public static IReminderActionPolicy ByDaysOverdue { get; } = new LadderPolicy(jump: true);

    /// <summary>What the ladder decided, without its reason: the planner reads only the level and the date in most
    /// places and writes the reason when it is kept (decision 501).</summary>
    internal enum StepKind
    {
        /// <summary>No further level: every level was issued as often as allowed (reason <c>ladder-end</c>).</summary>
        End,

        /// <summary>The level is due on the as-of date (reason <c>level-due</c>).</summary>
        Due,

        /// <summary>The level is due on a later date (reason <c>waiting</c>).</summary>
        Waiting,

        /// <summary>The level waits for a contact outcome (reason <c>outcome-required</c>).</summary>
        OutcomeRequired,
    }

    /// <summary>The built-in ladder; <see cref="Decide"/> is <see cref="Choose"/> without the reason.</summary>
    internal sealed class LadderPolicy(bool jump) : IReminderActionPolicy
    {
        public ReminderStep Choose(in ReminderActionArguments a)
        {
            var kind = Decide(a, out var level, out var date);
            return kind switch
            {
                StepKind.Due => new(level, a.AsOf, DueReason(a.Item, level, a.Policy, a.DaysPastDue, a.AsOf)),
                StepKind.Waiting => new(level, date, ReminderReasonCodes.Waiting.With(a.Item.Value, level, date)),
                StepKind.OutcomeRequired => new(level, DateOnly.MaxValue, OutcomeReason(a.Item, level, a.Policy, a.LastOutcome)),
                _ => ReminderStep.None(ReminderReasonCodes.LadderEnd.With(a.Item.Value, a.Policy.Name)),
            };
        }

        public override string ToString() => jump ? "by-days-overdue" : "ladder";

        internal static Reason DueReason(DocumentId item, int level, ReminderPolicy policy, int daysPastDue, DateOnly asOf)
            => ReminderReasonCodes.LevelDue.With(item.Value, level, policy.Name, daysPastDue, asOf);

        internal static Reason OutcomeReason(DocumentId item, int level, ReminderPolicy policy, ContactOutcome? last)
            => ReminderReasonCodes.OutcomeRequired.With(item.Value, level, string.Join("/", policy.Levels[level - 1].AfterOutcomes), last?.ToString() ?? "none");

        /// <summary>Decides the next step as <see cref="Choose"/> does, without writing the reason.</summary>
        /// <returns>The kind of step; <paramref name="level"/> is its level (0 for <see cref="StepKind.End"/>) and
        /// <paramref name="date"/> its date (the as-of date when due, <see cref="DateOnly.MaxValue"/> when waiting for an
        /// outcome, <see cref="DateOnly.MinValue"/> at the end).</returns>
        internal StepKind Decide(in ReminderActionArguments a, out int level, out DateOnly date)
        {
            var asOf = a.AsOf;
            var dueDate = a.DueDate;
            var last = a.LastLevel;
            var lastOutcome = a.LastOutcome;
            var levels = a.Policy.Levels;
            var overdue = asOf > dueDate;
            var earliest = last > 0 && a.LastIssuedOn is { } issued ? Add(issued, levels[last - 1].MinIntervalDays) : DateOnly.MinValue;

            var next = last + 1;
            while (next <= levels.Length && levels[next - 1].Days < 0 && overdue)
            {
                next++;
            }

            if (jump)
            {
                for (var k = levels.Length; k > next; k--)
                {
                    if (dueDate.AddDays(levels[k - 1].FiresAfterDays) <= asOf && Allowed(levels[k - 1], lastOutcome))
                    {
                        next = k;
                        break;
                    }
                }
            }

            var canRepeat = last > 0 && a.TimesAtLastLevel < levels[last - 1].MaxCount;
            if (next <= levels.Length)
            {
                var nextLevel = levels[next - 1];
                var nextDate = Max(Add(dueDate, nextLevel.FiresAfterDays), earliest);
                if (!Allowed(nextLevel, lastOutcome))
                {
                    if (canRepeat)
                    {
                        return Repeat(asOf, last, earliest, out level, out date);
                    }

                    level = next;
                    date = DateOnly.MaxValue;
                    return StepKind.OutcomeRequired;
                }

                if (nextDate <= asOf || !canRepeat || earliest > nextDate)
                {
                    level = next;
                    date = nextDate <= asOf ? asOf : nextDate;
                    return nextDate <= asOf ? StepKind.Due : StepKind.Waiting;
                }

                return Repeat(asOf, last, earliest, out level, out date);
            }

            if (canRepeat)
            {
                return Repeat(asOf, last, earliest, out level, out date);
            }

            level = 0;
            date = DateOnly.MinValue;
            return StepKind.End;
        }

        private static StepKind Repeat(DateOnly asOf, int last, DateOnly on, out int level, out DateOnly date)
        {
            level = last;
            date = on <= asOf ? asOf : on;
            return on <= asOf ? StepKind.Due : StepKind.Waiting;
        }

        private static bool Allowed(ReminderLevel level, ContactOutcome? last)
            => level.AfterOutcomes.IsEmpty || (last is { } outcome && level.AfterOutcomes.Contains(outcome));

        private static DateOnly Add(DateOnly date, int days)
        {
            var n = (long)date.DayNumber + days;
            return n < DateOnly.MinValue.DayNumber ? DateOnly.MinValue : n > DateOnly.MaxValue.DayNumber ? DateOnly.MaxValue : DateOnly.FromDayNumber((int)n);
        }

        private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
    }

    internal static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
