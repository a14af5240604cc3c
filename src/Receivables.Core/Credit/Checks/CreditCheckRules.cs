using System.Collections.Immutable;
using System.Globalization;
using Receivables.Internal;

namespace Receivables.Credit.Checks;

/// <summary>The built-in order-time credit-check rules; thresholds are on amounts and days, never on counts.</summary>
/// <remarks>This type is stateless and thread-safe; the rules it returns are immutable and thread-safe.</remarks>
public static class CreditCheckRules
{
    /// <summary>Gets the default rules: <see cref="Limit"/>(0.9) and <see cref="Overdue"/>() with its defaults — the
    /// thresholds the checker has always had.</summary>
    public static ImmutableArray<ICreditCheckRule> Default { get; } = [Limit(), Overdue()];

    /// <summary>
    /// Exposure against the limit: a zero limit requires prepayment (<see cref="CreditReasonCodes.CheckNoCredit"/>);
    /// exposure after the order above the limit holds (<see cref="CreditReasonCodes.CheckOverLimit"/>); at or above
    /// <paramref name="warningUtilisation"/> of it, warns (<see cref="CreditReasonCodes.CheckNearLimit"/>). Applies to
    /// the group's limit the same way.
    /// </summary>
    /// <param name="warningUtilisation">The share of the limit from which an order gets a warning, greater than 0 and at
    /// most 1. The default value is 0.9.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="warningUtilisation"/> is not in (0, 1].</exception>
    public static ICreditCheckRule Limit(decimal warningUtilisation = 0.9m)
    {
        if (!(warningUtilisation > 0m && warningUtilisation <= 1m))
        {
            throw Guard.OutOfRange(nameof(warningUtilisation), warningUtilisation, "warningUtilisation must be greater than 0 and at most 1.");
        }

        return new LimitRule(warningUtilisation);
    }

    /// <summary>
    /// Overdue amount and age, ignoring overdue amounts up to <paramref name="tolerance"/>: the oldest overdue item at
    /// least <paramref name="prepaymentDays"/> old requires prepayment, at least <paramref name="holdDays"/> holds
    /// (<see cref="CreditReasonCodes.CheckOverdueAge"/>); an overdue amount above <paramref name="holdAmount"/> holds
    /// (<see cref="CreditReasonCodes.CheckOverdueAmount"/>); at least <paramref name="warningDays"/> warns
    /// (<see cref="CreditReasonCodes.CheckOverdue"/>). Only the strictest of these is reported.
    /// </summary>
    /// <param name="warningDays">The age that warns, at least 1. The default value is 1.</param>
    /// <param name="holdDays">The age that holds. The default value is 30.</param>
    /// <param name="prepaymentDays">The age that requires prepayment. The default value is 90.</param>
    /// <param name="holdAmount">The overdue amount above which the order is held whatever its age, in the exposure's
    /// currency; null for none. The default value is null.</param>
    /// <param name="tolerance">The overdue amount ignored altogether (bank charges, rounding). The default value is 0.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentException">A threshold is negative, <paramref name="warningDays"/> is below 1, or the
    /// ages are not in order (warning ≤ hold ≤ prepayment); every problem is listed.</exception>
    public static ICreditCheckRule Overdue(int warningDays = 1, int holdDays = 30, int prepaymentDays = 90, decimal? holdAmount = null, decimal tolerance = 0m)
    {
        var errors = new List<string>();
        if (tolerance < 0m)
        {
            errors.Add("tolerance must not be negative");
        }

        if (holdAmount < 0m)
        {
            errors.Add("holdAmount must not be negative");
        }

        if (warningDays < 1)
        {
            errors.Add("warningDays must be at least 1");
        }

        if (!(warningDays <= holdDays && holdDays <= prepaymentDays))
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"warningDays ({warningDays}) ≤ holdDays ({holdDays}) ≤ prepaymentDays ({prepaymentDays}) is required"));
        }

        if (errors.Count > 0)
        {
            throw new ArgumentException("Invalid overdue rule: " + string.Join("; ", errors) + ".", nameof(holdDays));
        }

        return new OverdueRule(warningDays, holdDays, prepaymentDays, holdAmount, tolerance);
    }

    private sealed class LimitRule(decimal warningUtilisation) : ICreditCheckRule
    {
        public CreditCheckFinding? Check(in CreditCheckArguments arguments)
        {
            var e = Guard.NotNull(arguments.Exposure, "arguments.Exposure");
            var after = arguments.ExposureAfter;
            if (e.Limit.IsZero)
            {
                return new(CreditCheckOutcome.RequirePrepayment, CreditReasonCodes.CheckNoCredit.With(e.Subject));
            }

            if (after > e.Limit)
            {
                return new(CreditCheckOutcome.Hold, CreditReasonCodes.CheckOverLimit.With(e.Subject, after, e.Limit, after - e.Limit));
            }

            if (after.Amount >= e.Limit.Amount * warningUtilisation)
            {
                var percent = Math.Round(after.Amount / e.Limit.Amount * 100m, 1, MidpointRounding.AwayFromZero);
                return new(CreditCheckOutcome.ApproveWithWarning, CreditReasonCodes.CheckNearLimit.With(e.Subject, after, percent, e.Limit));
            }

            return null;
        }
    }

    private sealed class OverdueRule(int warningDays, int holdDays, int prepaymentDays, decimal? holdAmount, decimal tolerance) : ICreditCheckRule
    {
        public CreditCheckFinding? Check(in CreditCheckArguments arguments)
        {
            var e = Guard.NotNull(arguments.Exposure, "arguments.Exposure");
            if (e.OverdueAmount.Amount <= tolerance || e.OldestOverdueDays == 0)
            {
                return null;
            }

            var days = e.OldestOverdueDays;
            if (days >= prepaymentDays)
            {
                return new(CreditCheckOutcome.RequirePrepayment, CreditReasonCodes.CheckOverdueAge.With(e.Subject, e.OverdueAmount, days, prepaymentDays));
            }

            if (days >= holdDays)
            {
                return new(CreditCheckOutcome.Hold, CreditReasonCodes.CheckOverdueAge.With(e.Subject, e.OverdueAmount, days, holdDays));
            }

            if (holdAmount is { } threshold && e.OverdueAmount.Amount > threshold)
            {
                return new(CreditCheckOutcome.Hold, CreditReasonCodes.CheckOverdueAmount.With(e.Subject, e.OverdueAmount, new Money(threshold, e.Currency)));
            }

            return days >= warningDays
                ? new(CreditCheckOutcome.ApproveWithWarning, CreditReasonCodes.CheckOverdue.With(e.Subject, e.OverdueAmount, days))
                : null;
        }
    }
}
