using System.Collections.Immutable;
using Receivables.Internal;

namespace Receivables.Reminders;

/// <summary>
/// The collectors' worklist of a plan: customers with proposed actions ranked by score (highest first; ties by
/// larger amount, then customer id), each assigned to a collector (the customer's own, else by segment, else by
/// territory) and explained.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class CollectorWorklist
{
    private CollectorWorklist(DateOnly asOf, ImmutableArray<WorklistEntry> entries)
    {
        AsOf = asOf;
        Entries = entries;
    }

    /// <summary>Gets the plan's date.</summary>
    public DateOnly AsOf { get; }

    /// <summary>Gets the entries by rank.</summary>
    public ImmutableArray<WorklistEntry> Entries { get; }

    /// <summary>Gets the entries of one collector, by rank.</summary>
    /// <param name="collector">The collector, or <see langword="null"/> for the unassigned.</param>
    /// <returns>The entries.</returns>
    public IEnumerable<WorklistEntry> For(string? collector) => Entries.Where(e => string.Equals(e.Collector, collector, StringComparison.Ordinal));

    /// <summary>Builds the worklist.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="options">The options; the default value is the defaults (CNY, no rates).</param>
    /// <param name="customers">The customer directory; the default value is none.</param>
    /// <returns>The worklist.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    /// <exception cref="ReminderOptionsException">The options are invalid (unknown currency, negative rate, missing
    /// scorer), or a currency in the plan has no rate; all errors together.</exception>
    public static CollectorWorklist Build(ReminderPlan plan, WorklistOptions? options = null, ReminderCustomers? customers = null)
    {
        Guard.NotNull(plan);
        options ??= new WorklistOptions();
        customers ??= ReminderCustomers.None;
        var errors = new List<string>();
        if (options.Scorer is null)
        {
            errors.Add("Scorer must not be null.");
        }

        ReminderPolicy.TryCurrency(options.Currency, "Currency", errors, out var target);
        var rates = new Dictionary<Currency, decimal>();
        foreach (var (code, rate) in options.Rates ?? new Dictionary<string, decimal>())
        {
            if (ReminderPolicy.TryCurrency(code, $"Rates[{code}]", errors, out var currency))
            {
                if (rate <= 0m)
                {
                    errors.Add(ReminderPolicy.Invariant($"Rates[{code}] = {rate} must be greater than 0."));
                }

                rates[currency] = rate;
            }
        }

        if (errors.Count == 0)
        {
            foreach (var missing in plan.Proposals.SelectMany(p => p.Totals).Select(t => t.Currency).Distinct().Where(c => c != target && !rates.ContainsKey(c)).OrderBy(c => c.Code, StringComparer.Ordinal))
            {
                errors.Add($"Rates: no rate for {missing.Code} into {target.Code}.");
            }
        }

        if (errors.Count > 0)
        {
            throw new ReminderOptionsException(errors, nameof(options));
        }

        var scored = new List<(CustomerId Customer, string? Collector, Money Overdue, int Days, int Level, WorklistScore Score)>();
        foreach (var c in plan.Customers)
        {
            if (c.Proposals.IsEmpty)
            {
                continue;
            }

            var amount = 0m;
            var days = int.MinValue;
            var level = 0;
            var broken = 0;
            foreach (var p in c.Proposals)
            {
                foreach (var total in p.Totals)
                {
                    amount += total.Currency == target ? total.Amount : total.Amount * rates[total.Currency];
                }

                foreach (var line in p.Lines)
                {
                    days = Math.Max(days, line.DaysPastDue);
                }

                level = Math.Max(level, p.Level);
                broken += p.Trigger == ReminderTrigger.BrokenPromise ? 1 : 0;
            }

            var overdue = new Money(decimal.Round(amount, target.MinorUnits, MidpointRounding.AwayFromZero), target);
            var info = customers.Find(c.Customer);
            var score = options.Scorer!.Score(new WorklistScoreArguments(c.Customer, info, overdue.Amount, days, level, broken, plan.AsOf));
            scored.Add((c.Customer, Assign(info, options), overdue, days, level, score));
        }

        scored.Sort(static (a, b) => b.Score.Value != a.Score.Value ? b.Score.Value.CompareTo(a.Score.Value)
            : b.Overdue.Amount != a.Overdue.Amount ? b.Overdue.Amount.CompareTo(a.Overdue.Amount)
            : a.Customer.CompareTo(b.Customer));
        return new CollectorWorklist(plan.AsOf, [.. scored.Select((s, i) => new WorklistEntry(i + 1, s.Customer, s.Collector, s.Overdue, s.Days, s.Level, s.Score))]);
    }

    private static string? Assign(ReminderCustomer? info, WorklistOptions options)
        => info?.Collector
            ?? (info?.Segment is { } segment && options.CollectorsBySegment.TryGetValue(segment, out var bySegment) ? bySegment : null)
            ?? (info?.Territory is { } territory && options.CollectorsByTerritory.TryGetValue(territory, out var byTerritory) ? byTerritory : null);
}
