using System.Collections.Immutable;
using Receivables.Credit.Scoring;
using Receivables.Internal;

namespace Receivables.Credit.Policy;

/// <summary>The grade-based policy behind <see cref="CreditPolicies.ByGrade"/>. Immutable and thread-safe.</summary>
internal sealed class GradePolicy : ICreditPolicy
{
    private readonly ImmutableDictionary<string, GradeTerms> _terms;
    private readonly GradeTerms _newCustomer;
    private readonly int _newMonths;
    private readonly int _newPayments;
    private readonly double _dropPoints;

    public GradePolicy(IEnumerable<GradeTerms> terms, GradeTerms newCustomer, int newMonths, int newPayments, double dropPoints)
    {
        _terms = terms.ToImmutableDictionary(t => t.Grade, StringComparer.Ordinal);
        _newCustomer = newCustomer;
        _newMonths = newMonths;
        _newPayments = newPayments;
        _dropPoints = dropPoints;
    }

    private static ArgumentException UnknownGrade(string grade, IEnumerable<string> known)
        => new($"Unknown grade '{grade}': the policy has terms for {string.Join(", ", known.Order(StringComparer.Ordinal))}.", nameof(grade));

    public CreditAssessment Assess(in CreditPolicyArguments arguments)
    {
        var profile = Guard.NotNull(arguments.Profile, "arguments.Profile");
        var score = Guard.NotNull(arguments.Score, "arguments.Score");
        var limitArguments = new CreditLimitArguments(profile, score);
        var zero = new CreditLimit(Money.Zero(profile.Currency), CreditReasonCodes.LimitNoData.With());

        GradeTerms? gradeTerms = null;
        if (score.Grade is { } grade && !_terms.TryGetValue(grade, out gradeTerms))
        {
            throw UnknownGrade(grade, _terms.Keys);
        }

        var payments = profile.PaymentRecords.Count(r => r.Amount.Currency == profile.Currency);
        var isNew = gradeTerms is null
            || payments < _newPayments
            || profile.CustomerSince is not { } since
            || since.AddMonths(_newMonths) > profile.AsOf;
        var reasons = new List<Reason>();

        CreditLimit limit;
        GradeTerms applied;
        if (isNew)
        {
            var cap = _newCustomer.Limit.Compute(limitArguments) ?? zero;
            var byGrade = gradeTerms?.Limit.Compute(limitArguments);
            limit = byGrade is { } g && g.Amount < cap.Amount ? g : cap with { Basis = CreditReasonCodes.LimitNewCustomer.With(cap.Basis) };
            applied = _newCustomer;
            reasons.Add(gradeTerms is null
                ? CreditReasonCodes.PolicyUnrated.With(applied.PaymentTerms)
                : CreditReasonCodes.PolicyNewCustomer.With(TenureMonths(profile), _newMonths, payments, _newPayments, applied.PaymentTerms));
        }
        else
        {
            limit = gradeTerms!.Limit.Compute(limitArguments) ?? zero;
            applied = gradeTerms;
            reasons.Add(CreditReasonCodes.PolicyGrade.With(applied.Grade, applied.PaymentTerms, applied.DepositShare, applied.ReviewMonths));
        }

        reasons.Add(limit.Basis);

        var triggers = new List<Reason>();
        if (arguments.Previous is { } previous)
        {
            if (previous.Score.SubScoreOf(CreditFactors.PaymentIndexName) is { } before
                && score.SubScoreOf(CreditFactors.PaymentIndexName) is { } now
                && before - now >= _dropPoints)
            {
                triggers.Add(CreditReasonCodes.ReviewPaymentIndex.With(Math.Round(before - now, 1, MidpointRounding.AwayFromZero), previous.AsOf));
            }

            if (profile.LastDisputeOpenedOn is { } disputed && disputed > previous.AsOf)
            {
                triggers.Add(CreditReasonCodes.ReviewDispute.With(disputed));
            }
        }

        if (profile.Exposure > limit.Amount)
        {
            triggers.Add(CreditReasonCodes.ReviewLimit.With(profile.Exposure, limit.Amount));
        }

        var nextReview = triggers.Count > 0 ? profile.AsOf : profile.AsOf.AddMonths(applied.ReviewMonths);
        return new CreditAssessment(profile.Customer, profile.AsOf, score, score.Grade, isNew, limit, applied.PaymentTerms, applied.DepositShare, nextReview, triggers, reasons);
    }

    /// <summary>Whole months from the start of the relationship to the as-of date; 0 when unknown or in the future.</summary>
    internal static int TenureMonths(CreditProfile profile)
    {
        if (profile.CustomerSince is not { } from)
        {
            return 0;
        }

        var to = profile.AsOf;
        var months = ((to.Year - from.Year) * 12) + to.Month - from.Month;
        return Math.Max(0, to.Day < from.Day ? months - 1 : months);
    }
}
