using System.Buffers;
using System.Runtime.InteropServices;
using FsCheck.Fluent;
using Receivables.Ledger;
using Receivables.Matching;
using Receivables.Tests.Support;

namespace Receivables.Tests.Matching;

/// <summary>
/// A whole run (<c>Match(lines, items, customers)</c>) builds its index in arrays taken from the shared pools and gives
/// them back when it returns (decision 372). Arrays from a pool hold what their last user wrote: these tests fill the
/// pools with garbage first and check that a whole run decides exactly as a run on an index built the plain way.
/// </summary>
public class MatchingPooledIndexTests
{
    private static readonly MatchingEngine Engine = MatchingEngine.Create();

    [Fact]
    public void Match_WholeRunOnPoolsHoldingGarbage_SameOutcomesAsOnABuiltIndex()
    {
        var gen = from scenario in Arbitraries.MatchingScenarioGen
                  from garbage in Gen.Choose(0, int.MaxValue)
                  select (scenario, garbage);

        Properties.Check(gen.ToArbitrary(), x =>
        {
            var expected = Engine.Match(Engine.BuildIndex(x.scenario.Items, x.scenario.Customers), x.scenario.Lines);

            FillPoolsWithGarbage(x.garbage);
            var whole = Engine.Match(x.scenario.Lines, x.scenario.Items, x.scenario.Customers);

            AssertSameOutcomes(expected, whole);
        });
    }

    [Fact]
    public void Match_WholeRunsOneAfterAnother_EachAsOnItsOwnIndex()
    {
        // Each run takes the arrays the run before gave back, with that run's numbers still in them.
        var gen = from first in Arbitraries.MatchingScenarioGen
                  from second in Arbitraries.MatchingScenarioGen
                  select (first, second);

        Properties.Check(gen.ToArbitrary(), x =>
        {
            var expectedFirst = Engine.Match(Engine.BuildIndex(x.first.Items, x.first.Customers), x.first.Lines);
            var expectedSecond = Engine.Match(Engine.BuildIndex(x.second.Items, x.second.Customers), x.second.Lines);

            AssertSameOutcomes(expectedFirst, Engine.Match(x.first.Lines, x.first.Items, x.first.Customers));
            AssertSameOutcomes(expectedSecond, Engine.Match(x.second.Lines, x.second.Items, x.second.Customers));
            AssertSameOutcomes(expectedFirst, Engine.Match(x.first.Lines, x.first.Items, x.first.Customers));
        });
    }

    [Fact]
    public void Match_ConflictArgumentsKeptPastAWholeRun_OpenAmountRefused()
    {
        // INV-1001 over 100.00 EUR, paid by one line; a policy that keeps its arguments cannot read the index the run
        // gave back.
        var keeper = new KeepingPolicy();
        var engine = MatchingEngine.Create(new MatchingOptions { ConflictPolicy = keeper });
        var item = new OpenItem(new DocumentId("INV-1001"), new CustomerId("C-1"), Money.Of(100.00m, "EUR"), new DateOnly(2026, 11, 1), new DateOnly(2026, 12, 1));
        var line = new StatementLine("L1", new DateOnly(2026, 12, 3), new DateOnly(2026, 12, 3), Money.Of(100.00m, "EUR"), remittanceText: "INV-1001");

        var result = engine.Match([line], [item]);

        Assert.Equal(MatchDecision.AutoApply, Assert.Single(result.Lines).Decision);
        Assert.Equal(Money.Of(100.00m, "EUR"), keeper.OpenDuringTheCall);
        var error = Assert.Throws<InvalidOperationException>(() => keeper.Kept.OpenAmount(item.Id));
        Assert.Contains("IMatchConflictPolicy.Resolve", error.Message, StringComparison.Ordinal);

        // An index the caller built stays readable: it is the caller's, never given back.
        var index = engine.BuildIndex([item]);
        engine.Match(index, [line]);
        Assert.Equal(Money.Of(100.00m, "EUR"), keeper.Kept.OpenAmount(item.Id));
    }

    [Fact]
    public void Match_RuleArgumentsKeptPastAWholeRun_CandidateItemsRefused()
    {
        // Customer C-1 pays 100.00 EUR from its account; a custom rule that keeps its arguments cannot read the items
        // of the index the run gave back.
        var keeper = new KeepingRule();
        var engine = MatchingEngine.Create(new MatchingOptions { Rules = [keeper] });
        var item = new OpenItem(new DocumentId("INV-1001"), new CustomerId("C-1"), Money.Of(100.00m, "EUR"), new DateOnly(2026, 11, 1), new DateOnly(2026, 12, 1));
        var profile = new CustomerProfile(new CustomerId("C-1"), ["Acme GmbH"], ["DE44 3704 0044 0532 0130 00"]);
        var line = new StatementLine("L1", new DateOnly(2026, 12, 3), new DateOnly(2026, 12, 3), Money.Of(100.00m, "EUR"), payerAccount: "DE44 3704 0044 0532 0130 00");

        engine.Match([line], [item], [profile]);

        Assert.Equal([item], keeper.ReadDuringTheCall);
        var error = Assert.Throws<InvalidOperationException>(() => keeper.Kept.CandidateItems);
        Assert.Contains("IMatchRule.Propose", error.Message, StringComparison.Ordinal);

        // An index the caller built stays readable.
        engine.Match(engine.BuildIndex([item], [profile]), [line]);
        Assert.Equal([item], keeper.Kept.CandidateItems);
    }

    private static void AssertSameOutcomes(MatchResult expected, MatchResult actual)
    {
        Assert.Equal(expected.Lines.Length, actual.Lines.Length);
        for (var i = 0; i < expected.Lines.Length; i++)
        {
            var (e, a) = (expected.Lines[i], actual.Lines[i]);
            Assert.Equal(e.Line.Id, a.Line.Id);
            Assert.Equal(e.Decision, a.Decision);
            Assert.Equal(e.Band, a.Band);
            Assert.Equal(e.Allocations.ToArray(), a.Allocations.ToArray());
            Assert.Equal(e.Unapplied, a.Unapplied);
            Assert.Equal(e.Confidence, a.Confidence);
            Assert.Equal(e.Reasons.ToArray(), a.Reasons.ToArray());
            Assert.Equal(e.Alternatives.ToArray(), a.Alternatives.ToArray());
        }
    }

    /// <summary>Takes arrays of every size the index asks for from the shared pools (the scenarios' sizes and more),
    /// fills them with random bytes and gives them back, so that the next arrays taken on this thread hold garbage.</summary>
    private static void FillPoolsWithGarbage(int seed)
    {
        var random = new Random(seed);
        for (var length = 16; length <= 1 << 14; length *= 2)
        {
            Dirty(ArrayPool<int>.Shared, length, random);
            Dirty(ArrayPool<long>.Shared, length, random);
            Dirty(ArrayPool<byte>.Shared, length, random);
        }
    }

    private static void Dirty<T>(ArrayPool<T> pool, int length, Random random)
        where T : unmanaged
    {
        var taken = new T[4][];
        for (var k = 0; k < taken.Length; k++)
        {
            taken[k] = pool.Rent(length);
            random.NextBytes(MemoryMarshal.AsBytes(taken[k].AsSpan()));
        }

        foreach (var array in taken)
        {
            pool.Return(array);
        }
    }

    private sealed class KeepingRule : IMatchRule
    {
        public MatchRuleArguments Kept { get; private set; }

        public IReadOnlyList<OpenItem> ReadDuringTheCall { get; private set; } = [];

        public IReadOnlyList<MatchProposal> Propose(in MatchRuleArguments arguments)
        {
            Kept = arguments;
            ReadDuringTheCall = [.. arguments.CandidateItems];
            return [];
        }
    }

    private sealed class KeepingPolicy : IMatchConflictPolicy
    {
        public MatchConflictArguments Kept { get; private set; }

        public Money? OpenDuringTheCall { get; private set; }

        public IReadOnlyList<MatchConflictChoice> Resolve(in MatchConflictArguments arguments)
        {
            Kept = arguments;
            OpenDuringTheCall = arguments.OpenAmount(new DocumentId("INV-1001"));
            return MatchConflictPolicies.HighestConfidenceFirst.Resolve(arguments);
        }
    }
}
