using FsCheck.Fluent;
using Receivables.Matching;
using Receivables.Tests.Support;

namespace Receivables.Tests.Matching;

public class MatchingPropertyTests
{
    private static readonly MatchingEngine Engine = MatchingEngine.Create();

    [Fact]
    public void Match_AnyScenario_NoItemClearedBeyondItsOpenAmount()
    {
        Properties.Check(Arbitraries.MatchingScenarioGen.ToArbitrary(), scenario =>
        {
            var result = Engine.Match(scenario.Lines, scenario.Items, scenario.Customers);

            var open = scenario.Items.ToDictionary(i => i.Id, i => i.Open.Amount);
            var cleared = result.Lines.SelectMany(l => l.Allocations).GroupBy(a => a.Item).ToDictionary(g => g.Key, g => g.Sum(a => a.Cleared.Amount));
            Assert.All(cleared, c => Assert.True(c.Value <= open[c.Key], $"{c.Key} cleared {c.Value} of {open[c.Key]}"));
        });
    }

    [Fact]
    public void Match_AnyScenario_EachLineAccountsForItsWholeAmount()
    {
        Properties.Check(Arbitraries.MatchingScenarioGen.ToArbitrary(), scenario =>
        {
            var result = Engine.Match(scenario.Lines, scenario.Items, scenario.Customers);

            Assert.Equal(scenario.Lines.Count, result.Lines.Length);
            foreach (var line in result.Lines)
            {
                var applied = line.Allocations.Sum(a => a.Applied.Amount);
                var discounts = line.Allocations.Sum(a => a.Discount.Amount);
                var writeOffs = line.Allocations.Sum(a => a.WriteOff.Amount);
                Assert.Equal(line.Line.Amount.Amount, applied + line.Unapplied.Amount);
                Assert.Equal(line.Allocations.Sum(a => a.Cleared.Amount), applied + discounts + writeOffs);
                Assert.All(line.Allocations, a => Assert.True(a.Applied.Amount >= 0m && a.Discount.Amount >= 0m && a.WriteOff.Amount >= 0m));
                Assert.True(line.Line.Amount.IsPositive ? line.Unapplied.Amount >= 0m : line.Allocations.IsEmpty);
                Assert.InRange(line.Confidence, 0d, 1d);
            }
        });
    }

    [Fact]
    public void Match_ShuffledLinesAndItems_SameOutcomePerLine()
    {
        var gen = from scenario in Arbitraries.MatchingScenarioGen
                  from seed in Gen.Choose(0, int.MaxValue)
                  select (scenario, seed);

        Properties.Check(gen.ToArbitrary(), x =>
        {
            var random = new Random(x.seed);
            var lines = x.scenario.Lines.OrderBy(_ => random.Next()).ToList();
            var items = x.scenario.Items.OrderBy(_ => random.Next()).ToList();
            var customers = x.scenario.Customers.Reverse().ToList();

            var first = Engine.Match(x.scenario.Lines, x.scenario.Items, x.scenario.Customers);
            var second = Engine.Match(lines, items, customers);

            var byId = second.Lines.ToDictionary(l => l.Line.Id);
            foreach (var line in first.Lines)
            {
                var other = byId[line.Line.Id];
                Assert.Equal(line.Decision, other.Decision);
                Assert.Equal(line.Allocations.ToArray(), other.Allocations.ToArray());
                Assert.Equal(line.Unapplied, other.Unapplied);
                Assert.Equal(line.Confidence, other.Confidence);
                Assert.Equal(line.Reasons.ToArray(), other.Reasons.ToArray());
            }
        });
    }

    [Fact]
    public void Match_OneExactReferenceAndExactOpenAmount_AlwaysAutoApplied()
    {
        Properties.Check(Arbitraries.ExactReferenceScenarioGen.ToArbitrary(), x =>
        {
            var result = Engine.Match(x.Scenario.Lines, x.Scenario.Items, x.Scenario.Customers);

            var line = result.Lines.Single(l => l.Line.Id == x.Special.Id);
            Assert.True(line.Decision == MatchDecision.AutoApply, string.Join("; ", line.Reasons));
            var allocation = Assert.Single(line.Allocations);
            Assert.Equal(x.Target.Id, allocation.Item);
            Assert.Equal(x.Target.Open, allocation.Applied);
        });
    }

    [Fact]
    public void Match_ExactReferenceFromTheItemsCustomer_NeverAutoAppliedToAnotherItem()
    {
        Properties.Check(Arbitraries.ExactReferenceAnyAmountScenarioGen.ToArbitrary(), x =>
        {
            var result = Engine.Match(x.Scenario.Lines, x.Scenario.Items, x.Scenario.Customers);

            var line = result.Lines.Single(l => l.Line.Id == x.Special.Id);
            Assert.True(line.Decision != MatchDecision.AutoApply || line.Allocations.All(a => a.Item == x.Target.Id), $"{line.Line.Amount} '{line.Line.RemittanceText}': {string.Join(", ", line.Allocations.Select(a => a.Item))} / {string.Join("; ", line.Reasons)}");
        });
    }
}
