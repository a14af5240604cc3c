using Receivables.Credit;
using Receivables.Credit.Scoring;

namespace Receivables.Tests.Credit;

/// <summary>PAYDEX weighting conventions and payment habits as inputs (issue 17).</summary>
public class PaydexConventionTests
{
    // D&B's PAYDEX value chart (dandb.com glossary, "PAYDEX"): index and average days to pay, rounded to whole points.
    [Theory]
    [InlineData(-30, 100)]
    [InlineData(-28, 98)]
    [InlineData(-20, 90)]
    [InlineData(-10, 85)]
    [InlineData(23, 59)]
    [InlineData(30, 50)]
    [InlineData(33, 49)]
    [InlineData(45, 45)]
    [InlineData(48, 44)]
    public void FromDaysBeyondTerms_DnbValueChart_MatchesToTheWholePoint(double days, double index)
    {
        Assert.Equal(index, Math.Round(Paydex.FromDaysBeyondTerms(days), MidpointRounding.AwayFromZero));
    }

    [Fact]
    public void Index_PromptAndSixtyDaysLate_DiffersByConvention()
    {
        // No published worked example of the two weightings side by side was found; the oracle is the key by hand:
        // key per payment (D&B): (80 + 40) / 2 = 60; days then key: 30 days on average → 50.
        PaydexPayment[] payments = [new(1000m, 0), new(1000m, 60)];

        Assert.Equal(60d, Paydex.Index(payments, PaydexWeighting.KeyPerPayment)!.Value, 10);
        Assert.Equal(50d, Paydex.Index(payments, PaydexWeighting.DaysThenKey)!.Value, 10);
    }

    [Fact]
    public void Index_WeightsByAmount()
    {
        // 3,000 at 15 days late (70) and 1,000 prompt (80): key per payment (3 × 70 + 80) / 4 = 72.5.
        PaydexPayment[] payments = [new(3000m, 15), new(1000m, 0)];

        Assert.Equal(72.5, Paydex.Index(payments, PaydexWeighting.KeyPerPayment)!.Value, 10);
    }

    [Theory]
    [InlineData(PaydexWeighting.KeyPerPayment)]
    [InlineData(PaydexWeighting.DaysThenKey)]
    public void Index_HabitsGiven_ScoreTheirKeyWhateverTheDays(PaydexWeighting weighting)
    {
        // A discount taken 10 days before the due date is "discounts" (90), not 85 by days; anticipating is 100.
        PaydexPayment[] discounted = [new(1000m, -10, PaymentHabit.Discounts)];
        PaydexPayment[] anticipated = [new(1000m, -3, PaymentHabit.Anticipates)];

        Assert.Equal(90d, Paydex.Index(discounted, weighting));
        Assert.Equal(100d, Paydex.Index(anticipated, weighting));
    }

    [Fact]
    public void Index_DaysThenKeyWithHabits_WeighsTheHabitKeysNextToTheAverageDays()
    {
        // 1,000 discounting (90) and 1,000 at 30 days late (key of 30 days = 50): (90 + 50) / 2 = 70.
        PaydexPayment[] payments = [new(1000m, -10, PaymentHabit.Discounts), new(1000m, 30)];

        Assert.Equal(70d, Paydex.Index(payments, PaydexWeighting.DaysThenKey)!.Value, 10);
    }

    [Fact]
    public void Index_NothingToWeigh_IsNull()
    {
        Assert.Null(Paydex.Index([]));
        Assert.Null(Paydex.Index([new PaydexPayment(0m, 10)]));
    }

    [Fact]
    public void Index_NegativeAmount_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Paydex.Index([new PaydexPayment(-1m, 10)]));
    }

    [Fact]
    public void PaymentIndexFactor_HabitFromProfile_RaisesTheKey()
    {
        var early = CreditTestData.Paid(1000m, new(2026, 6, 30), -5);
        var plain = CreditTestData.Profile(early);
        var discounted = plain with { PaymentHabits = new Dictionary<DocumentId, PaymentHabit> { [early.Payment] = PaymentHabit.Discounts } };

        var byDays = CreditFactors.PaymentIndex().Evaluate(new CreditFactorArguments(plain));
        var byHabit = CreditFactors.PaymentIndex().Evaluate(new CreditFactorArguments(discounted));

        Assert.Equal(82.5, byDays.SubScore!.Value, 10); // 5 days early on the value chart
        Assert.Equal(90d, byHabit.SubScore!.Value, 10);
    }

    [Fact]
    public void PaymentIndexFactor_KeyPerPayment_UsesDnbWeighting()
    {
        var profile = CreditTestData.Profile(
            CreditTestData.Paid(1000m, new(2026, 6, 30), 0),
            CreditTestData.Paid(1000m, new(2026, 7, 31), 60));

        var dnb = CreditFactors.PaymentIndex(weighting: PaydexWeighting.KeyPerPayment).Evaluate(new CreditFactorArguments(profile));
        var ours = CreditFactors.PaymentIndex().Evaluate(new CreditFactorArguments(profile));

        Assert.Equal(60d, dnb.SubScore!.Value, 10);
        Assert.Equal(50d, ours.SubScore!.Value, 10);
        Assert.Equal(30d, dnb.RawValue!.Value, 10); // the raw value is the average days either way
    }
}
