using System.Globalization;
using System.Text.RegularExpressions;
using Receivables.Internal;

namespace Receivables.Credit.Policy;

/// <summary>The policy behind <see cref="CreditPolicies.RewardGoodPayers"/>: another policy's assessment, with longer
/// terms and a higher limit after years without a relapse. Immutable and thread-safe.</summary>
internal sealed partial class RewardPolicy(ICreditPolicy inner, int years, int toleranceDays, int extraDays, decimal limitIncrease) : ICreditPolicy
{
    public CreditAssessment Assess(in CreditPolicyArguments arguments)
    {
        var profile = Guard.NotNull(arguments.Profile, "arguments.Profile");
        var assessment = inner.Assess(arguments) ?? throw new InvalidOperationException("The inner credit policy returned null.");
        if (assessment.IsNewCustomer || profile.CustomerSince is not { } since || since.AddYears(years) > profile.AsOf)
        {
            return assessment;
        }

        if (LastRelapse(profile, toleranceDays) is { } relapse)
        {
            var until = relapse.On.AddYears(years);
            if (until > profile.AsOf)
            {
                return assessment with { Reasons = [.. assessment.Reasons, CreditReasonCodes.PolicyRelapse.With(relapse.Days, relapse.On, toleranceDays, until, years)] };
            }

            since = relapse.On;
        }

        var terms = Lengthen(assessment.PaymentTerms, extraDays);
        var limit = assessment.Limit.Amount;
        var raised = new Money(Math.Floor(limit.Amount * (1m + limitIncrease)), limit.Currency);
        if (terms == assessment.PaymentTerms && raised == limit)
        {
            return assessment;
        }

        var reward = CreditReasonCodes.PolicyReward.With(toleranceDays, since, years, assessment.PaymentTerms, terms, limit, raised);
        return assessment with
        {
            PaymentTerms = terms,
            Limit = assessment.Limit with { Amount = raised },
            Reasons = [.. assessment.Reasons, reward],
        };
    }

    /// <summary>The latest relapse: a payment more than the tolerance beyond terms (dated on payment), or an item open on
    /// the as-of date more than the tolerance overdue (dated on the day it crossed the tolerance).</summary>
    internal static (DateOnly On, int Days)? LastRelapse(CreditProfile profile, int toleranceDays)
    {
        (DateOnly On, int Days)? last = null;
        foreach (var r in profile.PaymentRecords)
        {
            if (r.Amount.Currency == profile.Currency && r.DaysBeyondTerms > toleranceDays && r.PaidOn <= profile.AsOf && (last is null || r.PaidOn > last.Value.On))
            {
                last = (r.PaidOn, r.DaysBeyondTerms);
            }
        }

        foreach (var item in profile.OpenItems)
        {
            var days = item.DaysOverdue(profile.AsOf);
            var on = item.DueDate.AddDays(toleranceDays + 1);
            if (item.Open.Currency == profile.Currency && days > toleranceDays && (last is null || on > last.Value.On))
            {
                last = (on, days);
            }
        }

        return last;
    }

    /// <summary>Adds days to <c>NET n</c> terms; other notations are returned unchanged.</summary>
    internal static string Lengthen(string terms, int days)
    {
        var match = NetTerms().Match(terms);
        return match.Success && int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? string.Create(CultureInfo.InvariantCulture, $"NET {n + days}")
            : terms;
    }

    [GeneratedRegex("^NET ([0-9]{1,4})$", RegexOptions.CultureInvariant)]
    private static partial Regex NetTerms();
}
