using FsCheck.Fluent;
using Receivables.Ledger;
using Receivables.Matching;
using Receivables.Tests.Matching.Synthetic;
using Receivables.Tests.Support;

namespace Receivables.Tests.Matching;

/// <summary>The conflict-resolution hook (decision 354): the built-in policies, a custom policy checked by the engine,
/// and the default checked against a plain greedy oracle written here from the documented rule.</summary>
public class MatchConflictPolicyTests
{
    private static readonly CustomerId Acme = new("C-1001");
    private static readonly OpenItem Invoice = new(new DocumentId("INV-2026-001234"), Acme, Money.Of(1190.00m, "EUR"), new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31));
    private static readonly CustomerProfile Profile = new(Acme, ["ACME Maschinenbau GmbH"], ["DE89 3704 0044 0532 0130 00"]);

    // Two payments of the same invoice: the first (2 Nov) without the account, the second (5 Nov) from the known account.
    private static readonly StatementLine Early = new("B-2", new DateOnly(2026, 11, 2), new DateOnly(2026, 11, 2), Money.Of(1190.00m, "EUR"), remittanceText: "INV-2026-001234");
    private static readonly StatementLine Late = new("B-1", new DateOnly(2026, 11, 5), new DateOnly(2026, 11, 5), Money.Of(1190.00m, "EUR"), payerAccount: "DE89 3704 0044 0532 0130 00", remittanceText: "INV-2026-001234");

    [Fact]
    public void HighestConfidenceFirst_DuplicatePayment_MoreCertainLineTakesTheItem()
    {
        var result = MatchingEngine.Create().Match([Early, Late], [Invoice], [Profile]);

        Assert.Equal(MatchDecision.AutoApply, result.Lines[1].Decision);
        Assert.Equal(MatchDecision.Unmatched, result.Lines[0].Decision);
        Assert.Contains(result.Lines[0].Reasons, r => r.Is(MatchingReasonCodes.ItemTaken) && r.Get<DocumentId>("item") == Invoice.Id);
    }

    [Fact]
    public void EarliestLineFirst_DuplicatePayment_FirstArrivedLineTakesTheItem()
    {
        var engine = MatchingEngine.Create(new MatchingOptions { ConflictPolicy = MatchConflictPolicies.EarliestLineFirst });

        var result = engine.Match([Late, Early], [Invoice], [Profile]);

        Assert.Equal(MatchDecision.AutoApply, result.Lines[1].Decision);
        Assert.Equal(Invoice.Id, Assert.Single(result.Lines[1].Allocations).Item);
        Assert.Equal(MatchDecision.Unmatched, result.Lines[0].Decision);
    }

    [Fact]
    public void HoldConflictsForReview_DuplicatePayment_NeitherLineAutoApplied()
    {
        var engine = MatchingEngine.Create(new MatchingOptions { ConflictPolicy = MatchConflictPolicies.HoldConflictsForReview });

        var result = engine.Match([Early, Late], [Invoice], [Profile]);

        Assert.All(result.Lines, l => Assert.NotEqual(MatchDecision.AutoApply, l.Decision));
        var taker = result.Lines[1];
        Assert.Equal(MatchDecision.Suggest, taker.Decision);
        var review = Assert.Single(taker.Reasons, r => r.Is(MatchingReasonCodes.ConflictReview));
        Assert.Equal(("B-2", Invoice.Id), (review.Get<string>("line"), review.Get<DocumentId>("item")));
    }

    [Fact]
    public void Resolve_AloneWithConstructedArguments_SameChoiceAsInTheEngine()
    {
        var proposal = new MatchProposal([new MatchAllocation(Invoice.Id, Acme, Invoice.Open, Money.Zero(Currency.EUR), Money.Zero(Currency.EUR))], Money.Zero(Currency.EUR), 0.95, []);
        var weaker = new MatchProposal(proposal.Allocations, proposal.Unapplied, 0.8, []);
        var arguments = new MatchConflictArguments([new MatchConflictLine(Early, [weaker]), new MatchConflictLine(Late, [proposal])], [Invoice]);

        var choices = MatchConflictPolicies.HighestConfidenceFirst.Resolve(arguments);
        var earliest = MatchConflictPolicies.EarliestLineFirst.Resolve(arguments);

        Assert.Equal([-1, 0], choices.Select(c => c.Proposal));
        Assert.True(choices[0].Blocked.Single().Is(MatchingReasonCodes.ItemTaken));
        Assert.Equal([0, -1], earliest.Select(c => c.Proposal));
        Assert.Equal(Invoice.Open, arguments.OpenAmount(Invoice.Id));
        Assert.Throws<KeyNotFoundException>(() => arguments.OpenAmount(new DocumentId("INV-9")));
    }

    [Fact]
    public void Match_CustomPolicyOverAllocates_ThrowsNamingThePolicy()
    {
        var engine = MatchingEngine.Create(new MatchingOptions { ConflictPolicy = new EveryLineTakesItsBest() });

        var error = Assert.Throws<InvalidOperationException>(() => engine.Match([Early, Late], [Invoice], [Profile]));

        Assert.Contains(nameof(EveryLineTakesItsBest), error.Message, StringComparison.Ordinal);
        Assert.Contains("INV-2026-001234", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Match_CustomPolicyReturnsTooFewChoices_Throws()
    {
        var engine = MatchingEngine.Create(new MatchingOptions { ConflictPolicy = new NoChoices() });

        var error = Assert.Throws<InvalidOperationException>(() => engine.Match([Early, Late], [Invoice], [Profile]));

        Assert.Contains("0 choices for 2 lines", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_NullConflictPolicy_Refused()
    {
        var error = Assert.Throws<ArgumentException>(() => MatchingEngine.Create(new MatchingOptions { ConflictPolicy = null! }));

        Assert.Contains("ConflictPolicy", error.Message, StringComparison.Ordinal);
    }

    /// <summary>The default policy, run through the engine's kernel, gives exactly what a plain greedy oracle (written
    /// here from the documented rule, over the public proposals) gives, on every synthetic world.</summary>
    [Fact]
    public void HighestConfidenceFirst_SyntheticWorlds_SameOutcomesAsThePlainOracle()
    {
        foreach (var (name, data, options) in MatchOutcomeDigest.Worlds())
        {
            var builtIn = MatchingEngine.Create(options).Match(data.Lines, data.Items, data.Customers);
            options.ConflictPolicy = new PlainGreedyOracle();
            var oracle = MatchingEngine.Create(options).Match(data.Lines, data.Items, data.Customers);

            Assert.True(MatchOutcomeDigest.Of(builtIn) == MatchOutcomeDigest.Of(oracle), name);
        }
    }

    /// <summary>The engine serves only competing lines in the policy's order (lines whose eligible proposals share no
    /// item with another line's are served as they come): for every built-in policy it gives exactly what the policy's
    /// own plain form over document numbers gives, on scenarios where a third of the lines are paid twice (so that
    /// lines compete for items).</summary>
    [Fact]
    public void EveryBuiltInPolicy_LinesPaidTwice_KernelEqualsThePlainForm()
    {
        var gen = from scenario in Arbitraries.MatchingScenarioGen
                  from policy in Gen.Elements(MatchConflictPolicies.HighestConfidenceFirst, MatchConflictPolicies.EarliestLineFirst, MatchConflictPolicies.HoldConflictsForReview)
                  select (scenario, policy);

        Properties.Check(gen.ToArbitrary(), x =>
        {
            List<StatementLine> lines = [.. x.scenario.Lines, .. x.scenario.Lines.Where((_, i) => i % 3 == 0).Select(l => MatchOutcomeDigest.Renamed(l, "again-" + l.Id))];
            var kernel = MatchingEngine.Create(new MatchingOptions { ConflictPolicy = x.policy }).Match(lines, x.scenario.Items, x.scenario.Customers);
            var plain = MatchingEngine.Create(new MatchingOptions { ConflictPolicy = new Wrapped(x.policy) }).Match(lines, x.scenario.Items, x.scenario.Customers);

            Assert.Equal(MatchOutcomeDigest.Of(plain), MatchOutcomeDigest.Of(kernel));
        });
    }

    [Fact]
    public void EveryBuiltInPolicy_ShuffledLines_SameOutcomePerLine()
    {
        var gen = from scenario in Arbitraries.MatchingScenarioGen
                  from seed in Gen.Choose(0, int.MaxValue)
                  from policy in Gen.Elements(MatchConflictPolicies.HighestConfidenceFirst, MatchConflictPolicies.EarliestLineFirst, MatchConflictPolicies.HoldConflictsForReview)
                  select (scenario, seed, policy);

        Properties.Check(gen.ToArbitrary(), x =>
        {
            var engine = MatchingEngine.Create(new MatchingOptions { ConflictPolicy = x.policy });
            var random = new Random(x.seed);
            var shuffled = x.scenario.Lines.OrderBy(_ => random.Next()).ToList();

            var first = engine.Match(x.scenario.Lines, x.scenario.Items, x.scenario.Customers);
            var second = engine.Match(shuffled, x.scenario.Items, x.scenario.Customers).Lines.ToDictionary(l => l.Line.Id);

            foreach (var line in first.Lines)
            {
                Assert.Equal(line, second[line.Line.Id]);
            }

            var open = x.scenario.Items.ToDictionary(i => i.Id, i => i.Open.Amount);
            foreach (var group in first.Lines.SelectMany(l => l.Allocations).GroupBy(a => a.Item))
            {
                Assert.True(group.Sum(a => a.Cleared.Amount) <= open[group.Key]);
            }
        });
    }

    /// <summary>A built-in policy behind a type the engine does not know, so that the engine calls its plain form.</summary>
    private sealed class Wrapped(IMatchConflictPolicy inner) : IMatchConflictPolicy
    {
        public IReadOnlyList<MatchConflictChoice> Resolve(in MatchConflictArguments arguments) => inner.Resolve(arguments);
    }

    /// <summary>The documented rule, written plainly: lines by best confidence (highest first), ties by id; each takes
    /// its first proposal whose items have enough left; passed-over proposals are named.</summary>
    private sealed class PlainGreedyOracle : IMatchConflictPolicy
    {
        public IReadOnlyList<MatchConflictChoice> Resolve(in MatchConflictArguments arguments)
        {
            var lines = arguments.Lines;
            var left = new Dictionary<DocumentId, Money>();
            var choices = new MatchConflictChoice[lines.Count];
            foreach (var i in Enumerable.Range(0, lines.Count).OrderByDescending(i => lines[i].BestConfidence).ThenBy(i => lines[i].Line.Id, StringComparer.Ordinal))
            {
                var blocked = new List<Reason>();
                var taken = -1;
                for (var p = 0; p < lines[i].Proposals.Length && taken < 0; p++)
                {
                    var proposal = lines[i].Proposals[p];
                    foreach (var a in proposal.Allocations)
                    {
                        left.TryAdd(a.Item, arguments.OpenAmount(a.Item));
                    }

                    var short_ = proposal.Allocations.FirstOrDefault(a => a.Cleared > left[a.Item]);
                    if (short_ is null)
                    {
                        taken = p;
                        foreach (var a in proposal.Allocations)
                        {
                            left[a.Item] -= a.Cleared;
                        }
                    }
                    else
                    {
                        blocked.Add(MatchingReasonCodes.ItemTaken.With(short_.Item, left[short_.Item]));
                    }
                }

                choices[i] = new MatchConflictChoice(taken, blocked);
            }

            return choices;
        }
    }

    private sealed class EveryLineTakesItsBest : IMatchConflictPolicy
    {
        public IReadOnlyList<MatchConflictChoice> Resolve(in MatchConflictArguments arguments)
            => [.. arguments.Lines.Select(l => new MatchConflictChoice(l.Proposals.IsEmpty ? -1 : 0))];
    }

    private sealed class NoChoices : IMatchConflictPolicy
    {
        public IReadOnlyList<MatchConflictChoice> Resolve(in MatchConflictArguments arguments) => [];
    }
}
