using System.Collections.Immutable;
using System.Globalization;
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
        var zero = new CreditLimit(Money.Zero(profile.Currency), "no data for a limit");

        GradeTerms? gradeTerms = null;
        if (score.Grade is { } grade && !_terms.TryGetValue(grade, out gradeTerms))
        {
            throw UnknownGrade(grade, _terms.Keys);
        }

        var isNew = gradeTerms is null
            || profile.PaymentRecords.Count(r => r.Amount.Currency == profile.Currency) < _newPayments
            || profile.CustomerSince is not { } since
            || since.AddMonths(_newMonths) > profile.AsOf;

        CreditLimit limit;
        GradeTerms applied;
        if (isNew)
        {
            var cap = _newCustomer.Limit.Compute(limitArguments) ?? zero;
            var byGrade = gradeTerms?.Limit.Compute(limitArguments);
            limit = byGrade is { } g && g.Amount < cap.Amount ? g : cap with { Basis = "new customer: " + cap.Basis };
            applied = _newCustomer;
        }
        else
        {
            limit = gradeTerms!.Limit.Compute(limitArguments) ?? zero;
            applied = gradeTerms;
        }

        var triggers = new List<CreditReason>();
        if (arguments.Previous is { } previous)
        {
            if (previous.Score.SubScoreOf(CreditFactors.PaymentIndexName) is { } before
                && score.SubScoreOf(CreditFactors.PaymentIndexName) is { } now
                && before - now >= _dropPoints)
            {
                triggers.Add(new("REVIEW-PAYINDEX", string.Create(CultureInfo.InvariantCulture, $"the payment index fell {before - now:0.#} points since {previous.AsOf:yyyy-MM-dd}")));
            }

            if (profile.LastDisputeOpenedOn is { } disputed && disputed > previous.AsOf)
            {
                triggers.Add(new("REVIEW-DISPUTE", string.Create(CultureInfo.InvariantCulture, $"a dispute was opened on {disputed:yyyy-MM-dd}")));
            }
        }

        if (profile.Exposure > limit.Amount)
        {
            triggers.Add(new("REVIEW-LIMIT", string.Create(CultureInfo.InvariantCulture, $"exposure {profile.Exposure.Amount:0.00} exceeds the limit {limit.Amount.Amount:0.00}")));
        }

        var nextReview = triggers.Count > 0 ? profile.AsOf : profile.AsOf.AddMonths(applied.ReviewMonths);
        return new CreditAssessment(profile.Customer, profile.AsOf, score, score.Grade, isNew, limit, applied.PaymentTerms, applied.DepositShare, nextReview, triggers);
    }
}
