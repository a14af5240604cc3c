using System.Collections.Immutable;
using Receivables.Internal;

namespace Receivables.Reminders;

/// <summary>The built-in <see cref="IWorklistScorePolicy"/>s.</summary>
/// <remarks>Static and thread-safe; the policies are immutable.</remarks>
public static class WorklistScorePolicies
{
    /// <summary>Gets the default scorer: <see cref="ExpectedBenefitOf"/> with its defaults.</summary>
    public static IWorklistScorePolicy ExpectedBenefit { get; } = ExpectedBenefitOf();

    /// <summary>
    /// Ranks by expected benefit of a call: overdue amount × probability of late payment × age weight, where the age
    /// weight is 1 + days past due / <paramref name="ageDays"/>, at most <paramref name="maxAgeWeight"/>. The
    /// probability is the customer's <see cref="ReminderCustomer.LatePaymentProbability"/> (for example from the
    /// credit module's late-payment model), else <paramref name="defaultProbability"/>.
    /// </summary>
    /// <param name="defaultProbability">The probability when the host gives none, 0 to 1. The default value is 0.5.</param>
    /// <param name="ageDays">The days past due that add 1 to the weight; at least 1. The default value is 90.</param>
    /// <param name="maxAgeWeight">The largest age weight; at least 1. The default value is 3.</param>
    /// <returns>The scorer. The score is rounded to 2 decimals.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public static IWorklistScorePolicy ExpectedBenefitOf(decimal defaultProbability = 0.5m, int ageDays = 90, decimal maxAgeWeight = 3m)
    {
        if (defaultProbability is < 0m or > 1m)
        {
            throw Guard.OutOfRange(nameof(defaultProbability), defaultProbability, "defaultProbability must be from 0 to 1.");
        }

        Guard.Positive(ageDays);
        if (maxAgeWeight < 1m)
        {
            throw Guard.OutOfRange(nameof(maxAgeWeight), maxAgeWeight, "maxAgeWeight must be at least 1.");
        }

        return new ExpectedBenefitScorer(defaultProbability, ageDays, maxAgeWeight);
    }

    /// <summary>
    /// Ranks by rule points (SAP Collections Management style): points per overdue amount band, per days-past-due
    /// band, per broken promise and per level. Each band list gives (threshold, points): the points of the highest
    /// threshold reached.
    /// </summary>
    /// <param name="amountBands">Thresholds on the overdue amount (worklist currency) and their points. The default
    /// value is 10,000 → 10, 100,000 → 30, 1,000,000 → 50.</param>
    /// <param name="dayBands">Thresholds on days past due and their points. The default value is 30 → 10, 60 → 20, 90 → 40.</param>
    /// <param name="pointsPerBrokenPromise">Points per broken promise. The default value is 25.</param>
    /// <param name="pointsPerLevel">Points per level number. The default value is 5.</param>
    /// <returns>The scorer.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A band's points or threshold is negative.</exception>
    public static IWorklistScorePolicy RulePoints(IEnumerable<(decimal Threshold, int Points)>? amountBands = null, IEnumerable<(int Threshold, int Points)>? dayBands = null, int pointsPerBrokenPromise = 25, int pointsPerLevel = 5)
    {
        var amounts = (amountBands ?? [(10_000m, 10), (100_000m, 30), (1_000_000m, 50)]).OrderBy(b => b.Threshold).ToImmutableArray();
        var days = (dayBands ?? [(30, 10), (60, 20), (90, 40)]).OrderBy(b => b.Threshold).ToImmutableArray();
        if (amounts.Any(b => b.Threshold < 0m || b.Points < 0) || days.Any(b => b.Points < 0))
        {
            throw new ArgumentOutOfRangeException(nameof(amountBands), "Band thresholds and points must not be negative.");
        }

        Guard.NotNegative(pointsPerBrokenPromise);
        Guard.NotNegative(pointsPerLevel);
        return new RulePointsScorer(amounts, days, pointsPerBrokenPromise, pointsPerLevel);
    }

    private sealed class ExpectedBenefitScorer(decimal defaultProbability, int ageDays, decimal maxAgeWeight) : IWorklistScorePolicy
    {
        public WorklistScore Score(in WorklistScoreArguments a)
        {
            var probability = a.Info?.LatePaymentProbability ?? defaultProbability;
            var weight = Math.Min(maxAgeWeight, 1m + (Math.Max(0, a.OldestDaysPastDue) / (decimal)ageDays));
            weight = decimal.Round(weight, 4, MidpointRounding.AwayFromZero);
            var score = decimal.Round(a.Overdue * probability * weight, 2, MidpointRounding.AwayFromZero);
            return new WorklistScore(score, [ReminderReasonCodes.ExpectedBenefit.With(a.Overdue, probability, weight, score)]);
        }

        public override string ToString() => "expected-benefit";
    }

    private sealed class RulePointsScorer(ImmutableArray<(decimal Threshold, int Points)> amounts, ImmutableArray<(int Threshold, int Points)> days, int perPromise, int perLevel) : IWorklistScorePolicy
    {
        public WorklistScore Score(in WorklistScoreArguments a)
        {
            var reasons = ImmutableArray.CreateBuilder<Reason>(4);
            var total = 0;
            var amountPoints = 0;
            foreach (var (threshold, points) in amounts)
            {
                if (a.Overdue >= threshold)
                {
                    amountPoints = points;
                }
            }

            var dayPoints = 0;
            foreach (var (threshold, points) in days)
            {
                if (a.OldestDaysPastDue >= threshold)
                {
                    dayPoints = points;
                }
            }

            Add("amount", amountPoints);
            Add("days past due", dayPoints);
            Add("broken promises", a.BrokenPromises * perPromise);
            Add("level", a.HighestLevel * perLevel);
            return new WorklistScore(total, reasons.ToImmutable());

            void Add(string rule, int points)
            {
                total += points;
                reasons.Add(ReminderReasonCodes.Points.With(rule, points));
            }
        }

        public override string ToString() => "rule-points";
    }
}
