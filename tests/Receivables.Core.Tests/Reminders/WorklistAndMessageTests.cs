using Receivables.Reminders;
using static Receivables.Tests.Reminders.ReminderFixtures;

namespace Receivables.Tests.Reminders;

public class WorklistAndMessageTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 30);

    private static ReminderPlan Plan(ReminderCustomers? customers = null)
        => EveryDay.Plan(AsOf, [Item("INV-1", Acme, 10_000m, AsOf.AddDays(-10)), Item("INV-2", Beta, 2_000m, AsOf.AddDays(-90), currency: "EUR")], ReminderHistory.Empty, Strategy, customers);

    [Fact]
    public void Build_ExpectedBenefit_RanksByAmountTimesProbabilityTimesAgeWeight()
    {
        var customers = ReminderCustomers.Create([new ReminderCustomer(Acme) { LatePaymentProbability = 0.2m, Segment = "华东" }, new ReminderCustomer(Beta) { LatePaymentProbability = 0.9m, Territory = "EU" }]);
        var options = new WorklistOptions { Rates = { ["EUR"] = 7.8m }, CollectorsBySegment = { ["华东"] = "li" }, CollectorsByTerritory = { ["EU"] = "anna" } };

        var worklist = CollectorWorklist.Build(Plan(customers), options, customers);

        // Beta: 15,600 CNY × 0.9 × (1 + 90/90) = 28,080; Acme: 10,000 × 0.2 × (1 + 10/90 = 1.1111) = 2,222.20.
        Assert.Equal([Beta, Acme], worklist.Entries.Select(e => e.Customer));
        Assert.Equal(28_080m, worklist.Entries[0].Score.Value);
        Assert.Equal(2_222.20m, worklist.Entries[1].Score.Value);
        Assert.Equal("anna", worklist.Entries[0].Collector);
        Assert.Equal("li", worklist.Entries[1].Collector);
        Assert.True(worklist.Entries[0].Score.Reasons.Single().Is(ReminderReasonCodes.ExpectedBenefit));
    }

    [Fact]
    public void Build_RulePoints_SumsThePointsOfEachRule()
    {
        var options = new WorklistOptions { Scorer = WorklistScorePolicies.RulePoints(), Rates = { ["EUR"] = 7.8m } };

        var worklist = CollectorWorklist.Build(Plan(), options);

        var beta = worklist.Entries.Single(e => e.Customer == Beta);
        Assert.Equal(10 + 40 + 0 + 10, beta.Score.Value);
        Assert.Equal(4, beta.Score.Reasons.Length);
    }

    [Fact]
    public void Build_MissingRateAndUnknownCurrency_AllErrors()
    {
        var ex = Assert.Throws<ReminderOptionsException>(() => CollectorWorklist.Build(Plan(), new WorklistOptions { Rates = { ["XYZ"] = 1m } }));

        Assert.Contains(ex.Errors, e => e.StartsWith("Rates[XYZ]", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_ChineseFirm_AmountsAndDatesInExplicitFormats()
    {
        var customers = ReminderCustomers.Create([new ReminderCustomer(Acme) { Preferences = new ReminderPreferences { Language = "zh", ContactPerson = "王经理" } }]);
        var proposal = Plan(customers).Proposals.Single(p => p.Customer == Acme);

        var message = ReminderMessagePolicies.BuiltIn.Render(new ReminderMessageArguments(proposal, "上海华东机电有限公司", "示例公司", "工商银行 6222 0000"));

        Assert.Equal("zh", message.Language);
        Assert.Equal("催款通知（第2次）：逾期10,000.00 CNY", message.Subject);
        Assert.Contains("截至2026年11月30日", message.Body, StringComparison.Ordinal);
        Assert.Contains("INV-1  到期日 2026年11月20日  10,000.00 CNY", message.Body, StringComparison.Ordinal);
        Assert.Contains("催收费用：10.00 CNY", message.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_CustomTemplate_UsedForItsToneAndLanguageOnly()
    {
        var policy = ReminderMessagePolicies.Templates([new ReminderTemplate(ReminderTone.Firm, "en", "Pay {total}", "{customer}: {items}")]);
        var proposal = Plan().Proposals.Single(p => p.Customer == Acme);

        var message = policy.Render(new ReminderMessageArguments(proposal, "Acme Ltd"));

        Assert.Equal("Pay 10,000.00 CNY", message.Subject);
        Assert.Equal("Acme Ltd:   INV-1  due 20 November 2026  10,000.00 CNY", message.Body);
    }

    [Fact]
    public void Constructor_TemplateWithUnknownPlaceholder_NamesIt()
    {
        var ex = Assert.Throws<ArgumentException>(() => new ReminderTemplate(ReminderTone.Firm, "en", "Pay {amount}", "body"));

        Assert.Contains("{amount}", ex.Message, StringComparison.Ordinal);
        Assert.Equal("subject", ex.ParamName);
    }
}
