using FsCheck.Fluent;
using Receivables.Matching;
using Receivables.Tests.Support;

using Receivables.Ledger;

namespace Receivables.Tests.Matching;

/// <summary>The faster forms of the index and the reference patterns give the same answers as the straightforward
/// ones they replaced (issue 5's performance pass must not change any result).</summary>
public class MatchingSpeedPathTests
{
    private const int Limit = 4;

    [Fact]
    public void OneEditPositions_AnyDenseNumbers_SameDecisionAsLookingUpEveryVariant()
    {
        Properties.Check(Arbitraries.DenseReferencesGen.ToArbitrary(), scenario =>
        {
            var customer = new CustomerId("C-1");
            var items = scenario.Documents.Select((d, i) => new OpenItem(new DocumentId(d), customer, Money.Of(100m + i, "EUR"), new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31)));
            var index = MatchingEngine.Create().BuildIndex(items);
            var normalized = MatchText.NormalizeReference(scenario.Reference);

            AssertOneEditLikeEveryVariant(index, normalized);
        });
    }

    /// <summary>The typo search finds what looking up every one-edit variant finds (at most <see cref="Limit"/> + 1
    /// distinct items when there are more).</summary>
    internal static void AssertOneEditLikeEveryVariant(MatchIndex index, string normalized)
    {
        var fast = index.OneEditPositions(normalized, Limit);
        var variants = MatchText.OneEditVariants(normalized, index.Alphabet).SelectMany(v => PositionsOf(index, v)).Distinct().Take(Limit + 1).ToList();

        Assert.Equal(fast.Count, fast.Distinct().Count());
        if (variants.Count <= Limit)
        {
            Assert.Equal(variants.Order(), fast.Order());
        }
        else
        {
            Assert.Equal(Limit + 1, fast.Count);
        }
    }

    [Fact]
    public void OneEditPositions_OneKeyForSeveralItems_StopsAtLimitPlusOne()
    {
        // Found by the property above (FsCheck, 2026-12-05): "INV-222332"-like numbers that normalise alike make one
        // probe add two items; the search went on to six positions where its contract says at most five.
        string[] documents =
        [
            "AB-21111", "INV323233", "inv 311233", "AB-331212", "AB-33232", "inv 33123", "111213", "INV-222332",
            "INV21211", "INV232231", "inv 13132", "INV313123", "inv 31233", "inv 32221", "INV-112211", "inv 13223",
            "AB-23131", "INV-12222", "23122", "INV-313313", "INV311213", "13133", "211312", "212311", "INV-332232",
            "INV333233", "INV-23321", "inv 32331", "inv 11122", "inv 232111", "AB-231132", "INV13212", "INV-313123",
            "inv 11323",
        ];
        var customer = new CustomerId("C-1");
        var items = documents.Select((d, i) => new OpenItem(new DocumentId(d), customer, Money.Of(100m + i, "EUR"), new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31)));
        var index = MatchingEngine.Create().BuildIndex(items);

        var fast = index.OneEditPositions(MatchText.NormalizeReference("inv 13123"), Limit);

        Assert.Equal(Limit + 1, fast.Count);
        Assert.Equal(fast.Count, fast.Distinct().Count());
    }

    [Fact]
    public void Find_AnyDenseNumbers_FindsEachItemAtItsPosition()
    {
        Properties.Check(Arbitraries.DenseReferencesGen.ToArbitrary(), scenario =>
        {
            var customer = new CustomerId("C-1");
            var items = scenario.Documents.Select((d, i) => new OpenItem(new DocumentId(d), customer, Money.Of(100m + i, "EUR"), new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31))).ToList();
            var index = MatchingEngine.Create().BuildIndex(items);

            foreach (var item in items)
            {
                Assert.Equal(item.Id, index.Item(index.Find(item.Id)).Id);
            }

            Assert.Equal(-1, index.Find(new DocumentId(scenario.Reference + "9")));
        });
    }

    [Fact]
    public void CannotMatch_AnyText_OnlyWhenTheRegularExpressionFindsNothing()
    {
        var patterns = new[] { ReferencePattern.Prefixed("INV"), ReferencePattern.Prefixed("Kd"), ReferencePattern.Prefixed("\u212ANV"), ReferencePattern.DigitRun(8), ReferencePattern.DigitRun(20) };

        Properties.Check(Arbitraries.RemittanceTextGen.ToArbitrary(), text =>
        {
            foreach (var pattern in patterns)
            {
                Assert.False(pattern.CannotMatch(text) && pattern.RegexMatches(text), $"{pattern}: '{text}'");
            }
        });
    }

    private static List<int> PositionsOf(MatchIndex index, string key)
    {
        var positions = new List<int>();
        foreach (var position in index.Positions(key))
        {
            positions.Add(position);
        }

        return positions;
    }
}
