using System.Globalization;
using FsCheck.Fluent;
using Receivables.Credit;
using Receivables.Credit.Policy;
using Receivables.Credit.Scoring;
using Receivables.Ledger;
using Receivables.Tests.Support;

namespace Receivables.Tests.Credit;

/// <summary>Rewarding long-standing good payers, and withdrawing the reward after a relapse (issue 19).</summary>
public class GoodPayerRewardTests
{
    private static readonly ICreditPolicy Inner = CreditPolicies.Default(Money.Of(100_000m, "EUR"));
    private static readonly ICreditPolicy Policy = CreditPolicies.RewardGoodPayers(Inner, new GoodPayerOptions());

    private static CreditProfile Customer(params PaymentRecord[] records) => CreditTestData.Profile(records) with
    {
        CustomerSince = new(2022, 1, 1),
        InvoicedLast12Months = Money.Of(120_000m, "EUR"),
    };

    private static PaymentRecord[] Prompt() =>
    [
        CreditTestData.Paid(1000m, new(2026, 6, 30), 0),
        CreditTestData.Paid(1000m, new(2026, 7, 31), 3),
        CreditTestData.Paid(1000m, new(2026, 8, 31), -2),
    ];

    private static CreditScore Graded(CreditProfile profile, string grade)
        => Scorecard.Default.Score(profile) with { Score = 75, Grade = grade };

    [Fact]
    public void Assess_CleanForThreeYears_LengthensNetTermsAndRaisesTheLimit()
    {
        var profile = Customer(Prompt());

        var assessment = Policy.Assess(new CreditPolicyArguments(profile, Graded(profile, "A")));

        // Grade A: NET 30 and 2 × monthly purchases (10,000) = 20,000; rewarded: NET 45 and 25,000.
        Assert.Equal("NET 45", assessment.PaymentTerms);
        Assert.Equal(Money.Of(25_000m, "EUR"), assessment.Limit.Amount);
        var reward = Assert.Single(assessment.Reasons, r => r.Is(CreditReasonCodes.PolicyReward));
        Assert.Equal("NET 30", reward.Get<string>("fromTerms"));
        Assert.Equal("NET 45", reward.Get<string>("toTerms"));
        Assert.Equal(new DateOnly(2022, 1, 1), reward.Get<DateOnly>("since"));
        Assert.Equal(Money.Of(20_000m, "EUR"), reward.Get<Money>("fromLimit"));
    }

    [Fact]
    public void Assess_RelapseWithinTheYears_KeepsTheInnerTermsAndSaysUntilWhen()
    {
        var late = CreditTestData.Paid(1000m, new(2025, 6, 30), 40); // paid 2025-08-09
        var profile = Customer([.. Prompt(), late]);

        var assessment = Policy.Assess(new CreditPolicyArguments(profile, Graded(profile, "A")));

        Assert.Equal("NET 30", assessment.PaymentTerms);
        Assert.Equal(Money.Of(20_000m, "EUR"), assessment.Limit.Amount);
        var relapse = Assert.Single(assessment.Reasons, r => r.Is(CreditReasonCodes.PolicyRelapse));
        Assert.Equal(40, relapse.Get<int>("days"));
        Assert.Equal(new DateOnly(2025, 8, 9), relapse.Get<DateOnly>("on"));
        Assert.Equal(new DateOnly(2028, 8, 9), relapse.Get<DateOnly>("until"));
    }

    [Fact]
    public void Assess_RelapseLongAgo_RewardsFromTheRelapse()
    {
        var late = CreditTestData.Paid(1000m, new(2022, 3, 31), 20); // paid 2022-04-20, more than 3 years before
        var profile = Customer([.. Prompt(), late]);

        var assessment = Policy.Assess(new CreditPolicyArguments(profile, Graded(profile, "A")));

        Assert.Equal("NET 45", assessment.PaymentTerms);
        Assert.Equal(new DateOnly(2022, 4, 20), Assert.Single(assessment.Reasons, r => r.Is(CreditReasonCodes.PolicyReward)).Get<DateOnly>("since"));
    }

    [Fact]
    public void Assess_LateWithinTolerance_IsNoRelapse()
    {
        var profile = Customer([.. Prompt(), CreditTestData.Paid(1000m, new(2026, 3, 31), 5)]);

        var assessment = Policy.Assess(new CreditPolicyArguments(profile, Graded(profile, "A")));

        Assert.Equal("NET 45", assessment.PaymentTerms);
    }

    [Fact]
    public void Assess_OpenItemOverdueBeyondTolerance_IsARelapse()
    {
        var profile = Customer(Prompt()) with
        {
            OpenItems = [new OpenItem(new("INV-OPEN"), CreditTestData.Acme, Money.Of(500m, "EUR"), new(2026, 10, 1), new(2026, 10, 31))],
        };

        var assessment = Policy.Assess(new CreditPolicyArguments(profile, Graded(profile, "A")));

        Assert.Equal("NET 30", assessment.PaymentTerms);
        Assert.Equal(new DateOnly(2026, 11, 6), Assert.Single(assessment.Reasons, r => r.Is(CreditReasonCodes.PolicyRelapse)).Get<DateOnly>("on"));
    }

    [Fact]
    public void Assess_TenureShorterThanTheYears_IsNotRewarded()
    {
        var profile = Customer(Prompt()) with { CustomerSince = new(2024, 6, 1) };

        var assessment = Policy.Assess(new CreditPolicyArguments(profile, Graded(profile, "A")));

        Assert.Equal("NET 30", assessment.PaymentTerms);
        Assert.DoesNotContain(assessment.Reasons, r => r.Is(CreditReasonCodes.PolicyReward) || r.Is(CreditReasonCodes.PolicyRelapse));
    }

    [Fact]
    public void Assess_PrepaymentGrade_IsLeftAsItIs()
    {
        var profile = Customer(Prompt());

        var assessment = Policy.Assess(new CreditPolicyArguments(profile, Graded(profile, "C")));

        Assert.Equal(CreditPolicies.Prepayment, assessment.PaymentTerms);
        Assert.True(assessment.Limit.Amount.IsZero);
        Assert.DoesNotContain(assessment.Reasons, r => r.Is(CreditReasonCodes.PolicyReward));
    }

    [Fact]
    public void RewardGoodPayers_InvalidOptions_ListsEveryProblem()
    {
        var options = new GoodPayerOptions { Years = 0, ToleranceDays = -1, ExtraDays = -1, LimitIncrease = -0.1m };

        var error = Assert.Throws<ArgumentException>(() => CreditPolicies.RewardGoodPayers(Inner, options));

        Assert.Contains("Years (0)", error.Message, StringComparison.Ordinal);
        Assert.Contains("ToleranceDays", error.Message, StringComparison.Ordinal);
        Assert.Contains("ExtraDays", error.Message, StringComparison.Ordinal);
        Assert.Contains("LimitIncrease", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Property_RelapseNeverGivesLongerTermsOrAHigherLimitThanNoRelapse()
    {
        Properties.Check(Arbitraries.GoodPayerCaseGen.ToArbitrary(), c =>
        {
            var clean = c.Profile;
            var records = clean.PaymentRecords.ToArray();
            var r = records[c.RelapseIndex];
            records[c.RelapseIndex] = r with { DueDate = r.PaidOn.AddDays(-(5 + c.RelapseDays)) }; // beyond the 5-day tolerance
            var relapsed = clean with { PaymentRecords = records };
            var score = Graded(clean, c.Grade);

            var withoutRelapse = Policy.Assess(new CreditPolicyArguments(clean, score));
            var withRelapse = Policy.Assess(new CreditPolicyArguments(relapsed, score));

            Assert.True(TermDays(withRelapse.PaymentTerms) <= TermDays(withoutRelapse.PaymentTerms));
            Assert.True(withRelapse.Limit.Amount <= withoutRelapse.Limit.Amount);
        });
    }

    [Fact]
    public void Property_RewardMatchesAPlainRecountOfTheStreak()
    {
        Properties.Check(Arbitraries.GoodPayerCaseGen.ToArbitrary(), c =>
        {
            var profile = c.Profile;
            var score = Graded(profile, c.Grade);
            var inner = Inner.Assess(new CreditPolicyArguments(profile, score));

            var assessment = Policy.Assess(new CreditPolicyArguments(profile, score));

            // The oracle: the last payment more than 5 days late, or the day an open item passed 5 days overdue.
            var relapses = profile.PaymentRecords.Where(p => p.PaidOn.DayNumber - p.DueDate.DayNumber > 5).Select(p => p.PaidOn)
                .Concat(profile.OpenItems.Where(i => profile.AsOf.DayNumber - i.DueDate.DayNumber > 5).Select(i => i.DueDate.AddDays(6)))
                .ToList();
            var streakStart = relapses.Count == 0 ? profile.CustomerSince!.Value : relapses.Max();
            var earned = !inner.IsNewCustomer
                && profile.CustomerSince!.Value.AddYears(3) <= profile.AsOf
                && streakStart.AddYears(3) <= profile.AsOf;
            var expectedTerms = earned && inner.PaymentTerms.StartsWith("NET ", StringComparison.Ordinal)
                ? "NET " + (TermDays(inner.PaymentTerms) + 15).ToString(CultureInfo.InvariantCulture)
                : inner.PaymentTerms;
            var expectedLimit = earned ? Math.Floor(inner.Limit.Amount.Amount * 1.25m) : inner.Limit.Amount.Amount;

            Assert.Equal(expectedTerms, assessment.PaymentTerms);
            Assert.Equal(expectedLimit, assessment.Limit.Amount.Amount);
        });
    }

    private static int TermDays(string terms)
        => terms.StartsWith("NET ", StringComparison.Ordinal) ? int.Parse(terms[4..], CultureInfo.InvariantCulture) : -1;
}
