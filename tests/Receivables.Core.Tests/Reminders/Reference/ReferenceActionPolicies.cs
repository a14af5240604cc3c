using Receivables.Reminders;

namespace Receivables.Tests.Reminders.Reference;

/// <summary>The built-in action policies as they were before the performance pass (decision 501), kept verbatim as
/// the oracle for <see cref="ReminderActionPolicies.Ladder"/> and <see cref="ReminderActionPolicies.ByDaysOverdue"/>.</summary>
internal static class ReferenceActionPolicies
{
    public static IReminderActionPolicy Ladder { get; } = new LadderPolicy(jump: false);

    public static IReminderActionPolicy ByDaysOverdue { get; } = new LadderPolicy(jump: true);

    public sealed class LadderPolicy(bool jump) : IReminderActionPolicy
    {
        public ReminderStep Choose(in ReminderActionArguments a)
        {
            var levels = a.Policy.Levels;
            var last = a.LastLevel;
            var overdue = a.AsOf > a.DueDate;
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
                    if (a.DueDate.AddDays(levels[k - 1].FiresAfterDays) <= a.AsOf && Allowed(levels[k - 1], a.LastOutcome))
                    {
                        next = k;
                        break;
                    }
                }
            }

            var repeat = last > 0 && a.TimesAtLastLevel < levels[last - 1].MaxCount ? earliest : (DateOnly?)null;
            if (next <= levels.Length)
            {
                var level = levels[next - 1];
                var date = Max(Add(a.DueDate, level.FiresAfterDays), earliest);
                if (!Allowed(level, a.LastOutcome))
                {
                    if (repeat is { } r)
                    {
                        return Repeat(a, last, r);
                    }

                    return new ReminderStep(next, DateOnly.MaxValue, ReminderReasonCodes.OutcomeRequired.With(a.Item.Value, next, string.Join("/", level.AfterOutcomes), a.LastOutcome?.ToString() ?? "none"));
                }

                if (date <= a.AsOf || repeat is not { } again || again > date)
                {
                    return date <= a.AsOf ? Due(a, next) : new ReminderStep(next, date, ReminderReasonCodes.Waiting.With(a.Item.Value, next, date));
                }

                return Repeat(a, last, again);
            }

            return repeat is { } onlyRepeat ? Repeat(a, last, onlyRepeat) : ReminderStep.None(ReminderReasonCodes.LadderEnd.With(a.Item.Value, a.Policy.Name));
        }

        public override string ToString() => jump ? "by-days-overdue" : "ladder";

        private static ReminderStep Repeat(in ReminderActionArguments a, int level, DateOnly date)
            => date <= a.AsOf ? Due(a, level) : new ReminderStep(level, date, ReminderReasonCodes.Waiting.With(a.Item.Value, level, date));

        private static ReminderStep Due(in ReminderActionArguments a, int level)
            => new(level, a.AsOf, ReminderReasonCodes.LevelDue.With(a.Item.Value, level, a.Policy.Name, a.DaysPastDue, a.AsOf));

        private static bool Allowed(ReminderLevel level, ContactOutcome? last)
            => level.AfterOutcomes.IsEmpty || (last is { } outcome && level.AfterOutcomes.Contains(outcome));

        private static DateOnly Add(DateOnly date, int days)
        {
            var n = (long)date.DayNumber + days;
            return n < DateOnly.MinValue.DayNumber ? DateOnly.MinValue : n > DateOnly.MaxValue.DayNumber ? DateOnly.MaxValue : DateOnly.FromDayNumber((int)n);
        }

        private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
    }
}
