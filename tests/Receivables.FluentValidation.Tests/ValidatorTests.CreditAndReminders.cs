using Receivables.Credit;
using Receivables.Credit.Checks;
using Receivables.Reminders;

namespace Receivables.FluentValidation.Tests;

/// <summary>Core's bad-input catalogue for credit profiles, financial statements and reminder options: each case, the
/// property the validator must name. Every case is also refused by Core itself (the oracle is Core throwing, never the
/// validator), so the validator reports it before Core would throw.</summary>
public partial class ValidatorTests
{
    public static TheoryData<string, FinancialStatementsInput, string> BadStatements => new()
    {
        { "negative current assets", new FinancialStatementsInput { CurrentAssets = -1m }, "CurrentAssets" },
        { "negative inventory", new FinancialStatementsInput { Inventory = -0.01m }, "Inventory" },
        { "negative current liabilities", new FinancialStatementsInput { CurrentLiabilities = -5m }, "CurrentLiabilities" },
        { "zero total assets", new FinancialStatementsInput { TotalAssets = 0m }, "TotalAssets" },
        { "negative total assets", new FinancialStatementsInput { TotalAssets = -100m }, "TotalAssets" },
        { "negative total liabilities", new FinancialStatementsInput { TotalLiabilities = -1m }, "TotalLiabilities" },
        { "negative market equity", new FinancialStatementsInput { MarketEquity = -1m }, "MarketEquity" },
        { "negative sales", new FinancialStatementsInput { Sales = -1m }, "Sales" },
    };

    public static TheoryData<string, CreditProfileInput, string> BadProfiles => new()
    {
        { "blank customer", Profile(p => p.Customer = " "), "Customer" },
        { "no as-of date", Profile(p => p.AsOf = null), "AsOf" },
        { "unknown currency", Profile(p => p.Currency = "XXY"), "Currency" },
        { "risk class 0", Profile(p => p.IndustryRiskClass = 0), "IndustryRiskClass" },
        { "risk class 6", Profile(p => p.IndustryRiskClass = 6), "IndustryRiskClass" },
        { "negative headcount", Profile(p => p.Headcount = -3), "Headcount" },
        { "negative revenue", Profile(p => p.AnnualRevenue = -1m), "AnnualRevenue" },
        { "negative open orders", Profile(p => p.OpenOrders = -10m), "OpenOrders" },
        { "negative limit", Profile(p => p.CreditLimit = -10m), "CreditLimit" },
        { "rating off its scale", Profile(p => p.IndustryRating = new ExternalScoreInput { Source = "association", Value = 7m, Worst = 1m, Best = 5m }), "IndustryRating.Value" },
        { "rating scale of one point", Profile(p => p.IndustryRating = new ExternalScoreInput { Source = "association", Value = 3m, Worst = 3m, Best = 3m }), "IndustryRating.Best" },
        { "bureau score without source", Profile(p => p.ExternalScores.Add(new ExternalScoreInput { Source = "", Value = 50m, Worst = 0m, Best = 100m })), "ExternalScores[0].Source" },
        { "second bureau score off scale", Profile(p => { p.ExternalScores.Add(new ExternalScoreInput { Source = "A", Value = 50m, Worst = 0m, Best = 100m }); p.ExternalScores.Add(new ExternalScoreInput { Source = "B", Value = -1m, Worst = 100m, Best = 0m }); }), "ExternalScores[1].Value" },
        { "statements with zero assets", Profile(p => p.Statements = new FinancialStatementsInput { TotalAssets = 0m }), "Statements.TotalAssets" },
    };

    public static TheoryData<string, ReminderPolicyOptions, string> BadPolicies => new()
    {
        { "blank name", Policy(p => p.Name = " "), "Name" },
        { "undefined subject", Policy(p => p.Subject = (ReminderSubject)42), "Subject" },
        { "negative promise grace", Policy(p => p.PromiseGraceDays = -1), "PromiseGraceDays" },
        { "no levels", Policy(p => p.Levels.Clear()), "Levels" },
        { "levels out of order", Policy(p => p.Levels.Add(new ReminderLevelOptions { Days = -10 })), "Levels[2].Days" },
        { "negative grace", Policy(p => p.Levels[0].GraceDays = -1), "Levels[0].GraceDays" },
        { "max count 0", Policy(p => p.Levels[1].MaxCount = 0), "Levels[1].MaxCount" },
        { "interval 0", Policy(p => p.Levels[0].MinIntervalDays = 0), "Levels[0].MinIntervalDays" },
        { "undefined channel", Policy(p => p.Levels[1].Channels.Add((ReminderChannel)99)), "Levels[1].Channels[0]" },
        { "undefined tone", Policy(p => p.Levels[0].Tone = (ReminderTone)99), "Levels[0].Tone" },
        { "undefined action", Policy(p => p.Levels[0].Action = (ReminderAction)99), "Levels[0].Action" },
        { "undefined outcome", Policy(p => p.Levels[1].AfterOutcomes.Add((ContactOutcome)99)), "Levels[1].AfterOutcomes" },
        { "unknown currency of a minimum", Policy(p => p.Levels[0].MinimumOverdue["XXY"] = 10m), "Levels[0].MinimumOverdue[XXY]" },
        { "negative minimum", Policy(p => p.Levels[0].MinimumOverdue["EUR"] = -10m), "Levels[0].MinimumOverdue[EUR]" },
        { "cents on a yen item minimum", Policy(p => p.Levels[0].MinimumItemOverdue["JPY"] = 10.5m), "Levels[0].MinimumItemOverdue[JPY]" },
        { "fee over 100 percent", Policy(p => p.Levels[1].Fee = new ReminderFeeOptions { Percent = 150m }), "Levels[1].Fee.Percent" },
        { "negative fixed fee", Policy(p => p.Levels[1].Fee = new ReminderFeeOptions { Fixed = { ["EUR"] = -5m } }), "Levels[1].Fee.Fixed[EUR]" },
        { "negative cap", Policy(p => p.Levels[1].Fee = new ReminderFeeOptions { Cap = { ["EUR"] = -5m } }), "Levels[1].Fee.Cap[EUR]" },
        { "tier without currency", Policy(p => p.Levels[1].Fee = new ReminderFeeOptions { Tiers = { new ReminderFeeTier { From = 0m, Fee = 5m } } }), "Levels[1].Fee.Tiers[0].Currency" },
        { "tiers not ascending", Policy(p => p.Levels[1].Fee = new ReminderFeeOptions { Tiers = { new ReminderFeeTier { Currency = "EUR", From = 1000m, Fee = 10m }, new ReminderFeeTier { Currency = "EUR", From = 500m, Fee = 5m } } }), "Levels[1].Fee.Tiers[1].From" },
        { "negative tier", Policy(p => p.Levels[1].Fee = new ReminderFeeOptions { Tiers = { new ReminderFeeTier { Currency = "EUR", From = -1m, Fee = 5m } } }), "Levels[1].Fee.Tiers[0]" },
        { "cents on a yen tier fee", Policy(p => p.Levels[1].Fee = new ReminderFeeOptions { Tiers = { new ReminderFeeTier { Currency = "JPY", From = 0m, Fee = 0.5m } } }), "Levels[1].Fee.Tiers[0].Fee" },
    };

    public static TheoryData<string, ReminderCustomer, string> BadReminderCustomers => new()
    {
        { "unknown language", new ReminderCustomer(new("C-1")) { Preferences = new ReminderPreferences { Language = "fr" } }, "Preferences.Language" },
        { "undefined channel", new ReminderCustomer(new("C-1")) { Preferences = new ReminderPreferences { Channel = (ReminderChannel)99 } }, "Preferences.Channel" },
        { "period ends before it starts", new ReminderCustomer(new("C-1")) { Preferences = new ReminderPreferences { DoNotContact = [new(new(2026, 2, 20), new(2026, 2, 10))] } }, "Preferences.DoNotContact" },
        { "probability above 1", new ReminderCustomer(new("C-1")) { LatePaymentProbability = 1.5m }, "LatePaymentProbability" },
        { "payment index above 100", new ReminderCustomer(new("C-1")) { PaymentIndex = 101m }, "PaymentIndex" },
    };

    [Theory]
    [MemberData(nameof(BadStatements))]
    public void FinancialStatementsInputValidator_BadInput_NamesThePropertyThatCoreRefuses(string scenario, FinancialStatementsInput input, string property)
    {
        var result = new FinancialStatementsInputValidator().Validate(input);

        Assert.False(result.IsValid, scenario);
        Assert.Equal([property], result.Errors.Select(e => e.PropertyName));
        var error = Assert.ThrowsAny<ArgumentException>(() => input.ToStatements());
        Assert.Equal(property, error.ParamName);
    }

    [Fact]
    public void FinancialStatementsInputValidator_SeveralBadFiguresAndLosses_ReportsEveryBadFigureOnly()
    {
        var input = new FinancialStatementsInput { TotalAssets = 0m, Sales = -1m, Inventory = -2m, NetIncome = -50m, RetainedEarnings = -10m, BookEquity = -5m, WorkingCapital = -3m };

        var result = new FinancialStatementsInputValidator().Validate(input);

        Assert.Equal(["Inventory", "Sales", "TotalAssets"], result.Errors.Select(e => e.PropertyName).Order(StringComparer.Ordinal));
        Assert.All(result.Errors, e => Assert.DoesNotContain("(Parameter", e.ErrorMessage, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(BadProfiles))]
    public void CreditProfileInputValidator_BadInput_NamesThePropertyThatCoreRefuses(string scenario, CreditProfileInput input, string property)
    {
        var result = new CreditProfileInputValidator().Validate(input);

        Assert.False(result.IsValid, scenario);
        Assert.Contains(result.Errors, e => e.PropertyName == property);
        Assert.ThrowsAny<ArgumentException>(() => CreditExposure.FromProfile(input.ToProfile(), input.ToProfile().CreditLimit ?? Money.Zero(input.ToProfile().Currency)));
    }

    [Fact]
    public void CreditProfileInputValidator_SeveralBadFields_ReportsThemAllOnceEach()
    {
        var input = Profile(p =>
        {
            p.IndustryRiskClass = 9;
            p.OpenOrders = -1m;
            p.Statements = new FinancialStatementsInput { TotalAssets = -1m, Sales = -1m };
            p.ExternalScores.Add(new ExternalScoreInput { Source = "bureau", Value = 200m, Worst = 0m, Best = 100m });
        });

        var result = new CreditProfileInputValidator().Validate(input);

        Assert.Equal(
            ["ExternalScores[0].Value", "IndustryRiskClass", "OpenOrders", "Statements.Sales", "Statements.TotalAssets"],
            result.Errors.Select(e => e.PropertyName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void CreditProfileInputValidator_GoodInput_ValidAndCoreScoresIt()
    {
        var input = Profile(p =>
        {
            p.IndustryRiskClass = 2;
            p.AnnualRevenue = 5_000_000m;
            p.Headcount = 40;
            p.OpenOrders = 20_000m;
            p.CreditLimit = 100_000m;
            p.ExternalScores.Add(new ExternalScoreInput { Source = "bureau", Value = 80m, Worst = 0m, Best = 100m });
            p.Statements = new FinancialStatementsInput { CurrentAssets = 400m, CurrentLiabilities = 200m, TotalAssets = 1_000m, TotalLiabilities = 600m, NetIncome = -20m };
        });

        var result = new CreditProfileInputValidator().Validate(input);
        var profile = input.ToProfile();

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        Assert.Equal(Money.Of(20_000m, "EUR"), profile.Exposure);
        Assert.Equal(40, profile.Scale!.Headcount);
        Assert.True(Credit.Scoring.Scorecard.Default.Score(profile).Coverage > 0d);
    }

    [Fact]
    public void CreditProfileInput_ApplyTo_KeepsTheLedgerFactsAndAddsTheHostsOnes()
    {
        var acme = new CustomerId("C-1");
        var account = Ledger.CustomerAccount.Create(acme).Post(Ledger.Document.Invoice(new("INV-1"), acme, Money.Of(100m, "EUR"), new(2026, 1, 1), new(2026, 1, 31)));
        var fromLedger = CreditProfile.FromAccount(account, new DateOnly(2026, 3, 1));

        var profile = new CreditProfileInput { IndustryRiskClass = 3, OpenOrders = 50m }.ApplyTo(fromLedger);

        Assert.Equal(Money.Of(150m, "EUR"), profile.Exposure);
        Assert.Equal(3, profile.IndustryRiskClass);
        Assert.Equal(fromLedger.CustomerSince, profile.CustomerSince);
    }

    [Theory]
    [MemberData(nameof(BadPolicies))]
    public void ReminderPolicyOptionsValidator_BadInput_NamesTheFieldThatCoreRefuses(string scenario, ReminderPolicyOptions options, string property)
    {
        var result = new ReminderPolicyOptionsValidator().Validate(options);

        Assert.False(result.IsValid, scenario);
        Assert.Contains(result.Errors, e => e.PropertyName == property);
        var error = Assert.Throws<ReminderOptionsException>(() => ReminderPolicy.Create(options));
        Assert.Contains(error.Errors, e => e.StartsWith(property, StringComparison.Ordinal));
    }

    [Fact]
    public void ReminderPolicyOptionsValidator_ThreeBadFields_ReportsThemAllAtOnce()
    {
        var options = Policy(p =>
        {
            p.PromiseGraceDays = -1;
            p.Levels[0].GraceDays = -2;
            p.Levels[1].Fee = new ReminderFeeOptions { Percent = -1m };
        });

        var result = new ReminderPolicyOptionsValidator().Validate(options);

        Assert.Equal(["Levels[0].GraceDays", "Levels[1].Fee.Percent", "PromiseGraceDays"], result.Errors.Select(e => e.PropertyName).Order(StringComparer.Ordinal));
        Assert.True(new ReminderPolicyOptionsValidator().Validate(Policy(_ => { })).IsValid);
    }

    [Fact]
    public void ReminderLevelOptionsValidator_LevelAlone_NamesItsOwnFields()
    {
        var level = new ReminderLevelOptions { MaxCount = 0, Channels = { (ReminderChannel)99 }, Fee = new ReminderFeeOptions { Cap = { ["EUR"] = -1m } } };

        var result = new ReminderLevelOptionsValidator().Validate(level);

        Assert.Equal(["Channels[0]", "Fee.Cap[EUR]", "MaxCount"], result.Errors.Select(e => e.PropertyName).Order(StringComparer.Ordinal));
        Assert.Throws<ReminderOptionsException>(() => ReminderPolicy.Create(new ReminderPolicyOptions { Levels = { level } }));
        Assert.True(new ReminderLevelOptionsValidator().Validate(new ReminderLevelOptions { Days = 10 }).IsValid);
    }

    [Fact]
    public void ReminderFeeOptionsValidator_FeeAlone_NamesItsOwnFields()
    {
        var fee = new ReminderFeeOptions { Percent = 101m, Fixed = { ["JPY"] = 0.5m } };

        var result = new ReminderFeeOptionsValidator().Validate(fee);

        Assert.Equal(["Fixed[JPY]", "Percent"], result.Errors.Select(e => e.PropertyName).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(BadReminderCustomers))]
    public void ReminderCustomerValidator_BadInput_NamesTheFieldThatCoreRefuses(string scenario, ReminderCustomer customer, string property)
    {
        var result = new ReminderCustomerValidator().Validate(customer);

        Assert.False(result.IsValid, scenario);
        Assert.Equal([property], result.Errors.Select(e => e.PropertyName));
        Assert.Throws<ReminderOptionsException>(() => ReminderCustomers.Create([customer]));
    }

    [Fact]
    public void ReminderPreferencesValidator_LanguageAndPeriod_BothNamed()
    {
        var preferences = new ReminderPreferences { Language = "de", DoNotContact = [new(new(2026, 2, 20), new(2026, 2, 10))] };

        var result = new ReminderPreferencesValidator().Validate(preferences);

        Assert.Equal(["DoNotContact", "Language"], result.Errors.Select(e => e.PropertyName).Order(StringComparer.Ordinal));
        Assert.True(new ReminderPreferencesValidator().Validate(new ReminderPreferences { Language = "zh" }).IsValid);
    }

    [Fact]
    public void ReminderPlannerOptionsValidator_ZeroCapAndWindow_BothNamed()
    {
        var options = new ReminderPlannerOptions { MaxContacts = 0, ContactWindowDays = 0 };

        var result = new ReminderPlannerOptionsValidator().Validate(options);

        Assert.Equal(["ContactWindowDays", "MaxContacts"], result.Errors.Select(e => e.PropertyName).Order(StringComparer.Ordinal));
        Assert.Throws<ReminderOptionsException>(() => ReminderPlanner.Create(options));
    }

    [Fact]
    public void WorklistOptionsValidator_UnknownCurrencyAndNegativeRate_BothNamed()
    {
        var options = new WorklistOptions { Currency = "XXY", Rates = { ["EUR"] = -7.8m } };

        var result = new WorklistOptionsValidator().Validate(options);

        Assert.Equal(["Currency", "Rates[EUR]"], result.Errors.Select(e => e.PropertyName).Order(StringComparer.Ordinal));
        Assert.Throws<ReminderOptionsException>(() => CollectorWorklist.Build(new ReminderPlan(new DateOnly(2026, 1, 1), []), options));
    }

    private static CreditProfileInput Profile(Action<CreditProfileInput> change)
    {
        var input = new CreditProfileInput { Customer = "C-1001", AsOf = new DateOnly(2026, 11, 30), Currency = "EUR" };
        change(input);
        return input;
    }

    private static ReminderPolicyOptions Policy(Action<ReminderPolicyOptions> change)
    {
        var options = new ReminderPolicyOptions
        {
            Levels =
            {
                new ReminderLevelOptions { Days = -5, MinIntervalDays = 5 },
                new ReminderLevelOptions { Days = 3, Tone = ReminderTone.Firm },
            },
        };
        change(options);
        return options;
    }
}
