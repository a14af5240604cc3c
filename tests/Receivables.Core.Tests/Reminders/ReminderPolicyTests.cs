using Receivables.Reminders;

namespace Receivables.Tests.Reminders;

public class ReminderPolicyTests
{
    [Fact]
    public void Create_SeveralBadValues_AllErrorsTogetherNamingTheFields()
    {
        var options = new ReminderPolicyOptions
        {
            Levels =
            {
                new ReminderLevelOptions { Days = 10 },
                new ReminderLevelOptions { Days = 5, GraceDays = -1, Fee = new ReminderFeeOptions { Percent = 120m } },
                new ReminderLevelOptions { Days = 30, MinimumOverdue = { ["XXX"] = 100m }, Channels = { (ReminderChannel)99 } },
            },
        };

        var ex = Assert.Throws<ReminderOptionsException>(() => ReminderPolicy.Create(options));

        Assert.Equal("options", ex.ParamName);
        Assert.Equal(5, ex.Errors.Length);
        Assert.Contains(ex.Errors, e => e.StartsWith("Levels[2].Channels[0] = 99", StringComparison.Ordinal));
        Assert.Contains(ex.Errors, e => e.StartsWith("Levels[1].Days = 5 is before Levels[0].Days = 10", StringComparison.Ordinal));
        Assert.Contains(ex.Errors, e => e.StartsWith("Levels[1].GraceDays = -1", StringComparison.Ordinal));
        Assert.Contains(ex.Errors, e => e.StartsWith("Levels[1].Fee.Percent = 120", StringComparison.Ordinal));
        Assert.Contains(ex.Errors, e => e.StartsWith("Levels[2].MinimumOverdue[XXX]", StringComparison.Ordinal));
    }

    [Fact]
    public void Create_UnknownChannelAlone_ErrorNamesTheChannel()
    {
        var options = new ReminderPolicyOptions { Levels = { new ReminderLevelOptions { Channels = { (ReminderChannel)99 } } } };

        var ex = Assert.Throws<ReminderOptionsException>(() => ReminderPolicy.Create(options));

        Assert.StartsWith("Levels[0].Channels[0] = 99", Assert.Single(ex.Errors), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, "Levels must have at least one level.")]
    [InlineData(1, "Levels[0].MinIntervalDays = 0 must be at least 1.")]
    [InlineData(2, "Levels[0].MaxCount = 0 must be at least 1.")]
    [InlineData(3, "PromiseGraceDays = -2 must not be negative.")]
    public void Create_OneBadValue_OneError(int scenario, string expected)
    {
        var options = scenario switch
        {
            0 => new ReminderPolicyOptions(),
            1 => new ReminderPolicyOptions { Levels = { new ReminderLevelOptions { MinIntervalDays = 0 } } },
            2 => new ReminderPolicyOptions { Levels = { new ReminderLevelOptions { MaxCount = 0 } } },
            _ => new ReminderPolicyOptions { PromiseGraceDays = -2, Levels = { new ReminderLevelOptions() } },
        };

        var ex = Assert.Throws<ReminderOptionsException>(() => ReminderPolicy.Create(options));

        Assert.Equal(expected, Assert.Single(ex.Errors));
    }

    [Fact]
    public void Create_OptionsChangedAfterwards_PolicyUnchanged()
    {
        var options = ReminderFixtures.StandardOptions();
        var policy = ReminderPolicy.Create(options);

        options.Levels[0].Days = -30;
        options.Levels.Clear();

        Assert.Equal(4, policy.Levels.Length);
        Assert.Equal(-5, policy.Level(1).Days);
    }

    [Theory]
    [InlineData(0, 10.00)]
    [InlineData(999.99, 10.00)]
    [InlineData(1_000, 35.00)]
    [InlineData(20_000, 80.00)]
    [InlineData(1_000_000, 80.00)]
    public void Calculate_TieredFeeWithCap_HighestTierReachedThenCapped(decimal overdue, decimal expected)
    {
        var policy = ReminderPolicy.Create(new ReminderPolicyOptions
        {
            Levels =
            {
                new ReminderLevelOptions
                {
                    Fee = new ReminderFeeOptions
                    {
                        Fixed = { ["EUR"] = 10m },
                        Tiers = { new ReminderFeeTier { Currency = "EUR", From = 1_000m, Fee = 25m }, new ReminderFeeTier { Currency = "EUR", From = 10_000m, Fee = 100m } },
                        Cap = { ["EUR"] = 80m },
                    },
                },
            },
        });

        var fee = policy.Levels[0].Fee.Calculate(Money.Of(overdue, "EUR"));

        Assert.Equal(Money.Of(expected, "EUR"), fee);
        Assert.Equal(Money.Zero(Currency.USD), policy.Levels[0].Fee.Calculate(Money.Of(overdue, "USD")));
    }

    [Fact]
    public void Create_CustomersWithBadPreferences_AllErrorsNamingTheCustomer()
    {
        var customers = new[]
        {
            new ReminderCustomer(new("C-1")) { Preferences = new ReminderPreferences { Channel = (ReminderChannel)42, Language = "fr" } },
            new ReminderCustomer(new("C-2")) { LatePaymentProbability = 1.5m, Preferences = new ReminderPreferences { DoNotContact = [new(new(2026, 2, 10), new(2026, 2, 1))] } },
        };

        var ex = Assert.Throws<ReminderOptionsException>(() => ReminderCustomers.Create(customers));

        Assert.Equal(4, ex.Errors.Length);
        Assert.Contains(ex.Errors, e => e.StartsWith("customers[C-1].Preferences.Channel = 42", StringComparison.Ordinal));
        Assert.Contains(ex.Errors, e => e.StartsWith("customers[C-1].Preferences.Language = 'fr'", StringComparison.Ordinal));
        Assert.Contains(ex.Errors, e => e.StartsWith("customers[C-2].LatePaymentProbability", StringComparison.Ordinal));
        Assert.Contains(ex.Errors, e => e.StartsWith("customers[C-2].Preferences.DoNotContact", StringComparison.Ordinal));
    }

    [Fact]
    public void Create_PlannerOptionsOutOfRange_AllErrors()
    {
        var ex = Assert.Throws<ReminderOptionsException>(() => ReminderPlanner.Create(new ReminderPlannerOptions { MaxContacts = 0, ContactWindowDays = 0 }));

        Assert.Equal(2, ex.Errors.Length);
    }
}
