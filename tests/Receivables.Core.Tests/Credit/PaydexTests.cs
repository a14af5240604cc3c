using Receivables.Credit;
using Receivables.Credit.Scoring;
using Receivables.Ledger;

namespace Receivables.Tests.Credit;

public class PaydexTests
{
    // Dun & Bradstreet's published PAYDEX key: 100 anticipates, 90 discounts, 80 prompt, 70 = 15 days beyond terms,
    // 60 = 22, 50 = 30, 40 = 60, 30 = 90, 20 = 120; by days, D&B's value chart puts 100 at 30 days and 90 at 20 days
    // sooner than terms (dandb.com glossary, "PAYDEX").
    [Theory]
    [InlineData(-30, 100)]
    [InlineData(-20, 90)]
    [InlineData(0, 80)]
    [InlineData(15, 70)]
    [InlineData(22, 60)]
    [InlineData(30, 50)]
    [InlineData(60, 40)]
    [InlineData(90, 30)]
    [InlineData(120, 20)]
    public void FromDaysBeyondTerms_PublishedAnchor_ReproducesIndex(double days, double index)
    {
        var result = Paydex.FromDaysBeyondTerms(days);

        Assert.Equal(index, result, 10);
    }

    [Theory]
    [InlineData(7.5, 75)]
    [InlineData(45, 45)]
    [InlineData(150, 10)]
    [InlineData(180, 0)]
    [InlineData(400, 0)]
    [InlineData(-90, 100)]
    public void FromDaysBeyondTerms_BetweenOrBeyondAnchors_InterpolatesOrClamps(double days, double index)
    {
        var result = Paydex.FromDaysBeyondTerms(days);

        Assert.Equal(index, result, 10);
    }

    [Fact]
    public void PaymentIndex_23DaysLateOnAverage_ScoresBetween60And50AndSaysSo()
    {
        // 1,000 paid 13 days late and 1,000 paid 33 days late: 23 days beyond terms on average.
        var profile = CreditTestData.Profile(
            CreditTestData.Paid(1000m, new(2026, 6, 30), 13),
            CreditTestData.Paid(1000m, new(2026, 7, 31), 33));

        var result = CreditFactors.PaymentIndex().Evaluate(new CreditFactorArguments(profile));

        Assert.Equal(23d, result.RawValue!.Value, 10);
        Assert.Equal(60d - (10d / 8d), result.SubScore!.Value, 10);
        Assert.True(result.Summary.Is(CreditReasonCodes.PaymentIndexLate));
        Assert.Equal(23d, result.Summary.Get<double>("days"));
        Assert.Equal(58.8, result.Summary.Get<double>("subScore"));
    }

    [Fact]
    public void PaymentIndex_NoHistory_IsNotAvailableRatherThanZero()
    {
        var profile = CreditTestData.Profile();

        var result = CreditFactors.PaymentIndex().Evaluate(new CreditFactorArguments(profile));

        Assert.False(result.IsAvailable);
        Assert.Null(result.SubScore);
    }

    [Fact]
    public void PaymentIndex_PaymentsOutsideWindow_AreIgnored()
    {
        // Paid 90 days late three years ago; on time this year.
        var profile = CreditTestData.Profile(
            CreditTestData.Paid(5000m, new(2023, 6, 30), 90),
            CreditTestData.Paid(1000m, new(2026, 6, 30), 0));

        var result = CreditFactors.PaymentIndex(windowMonths: 24).Evaluate(new CreditFactorArguments(profile));

        Assert.Equal(80d, result.SubScore);
    }

    [Fact]
    public void PaymentIndex_RecentPaymentsSlower_ReportsFallingTrend()
    {
        // Prompt from December 2025 to August 2026, 30 days late in the last three months.
        var profile = CreditTestData.Profile(
            CreditTestData.Paid(1000m, new(2026, 1, 15), 0),
            CreditTestData.Paid(1000m, new(2026, 5, 15), 0),
            CreditTestData.Paid(1000m, new(2026, 9, 15), 30));

        var result = CreditFactors.PaymentIndex().Evaluate(new CreditFactorArguments(profile));

        var trend = Assert.Single(result.Reasons, r => r.Is(CreditReasonCodes.PaymentTrendDown));
        Assert.Equal(30d, trend.Get<double>("points"));
    }

    [Fact]
    public void PaymentIndex_OpenItemOverdue_CountsAtItsDaysOverdue()
    {
        // Paid 1,000 on time; 1,000 still open, due 31 Oct 2026, 30 days overdue on 30 Nov: average 15 days.
        var profile = CreditTestData.Profile(CreditTestData.Paid(1000m, new(2026, 6, 30), 0)) with
        {
            OpenItems = [new OpenItem(new("INV-OPEN"), CreditTestData.Acme, Money.Of(1000m, "EUR"), new(2026, 10, 1), new(2026, 10, 31))],
        };

        var result = CreditFactors.PaymentIndex().Evaluate(new CreditFactorArguments(profile));

        Assert.Equal(15d, result.RawValue!.Value, 10);
        Assert.Equal(70d, result.SubScore!.Value, 10);
        var overdue = Assert.Single(result.Reasons, r => r.Is(CreditReasonCodes.PaymentOverdue));
        Assert.Equal(Money.Of(1000m, "EUR"), overdue.Get<Money>("amount"));
        Assert.Equal(30, overdue.Get<int>("days"));
    }
}
