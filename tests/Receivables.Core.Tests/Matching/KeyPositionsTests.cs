using FsCheck.Fluent;
using Receivables.Ledger;
using Receivables.Matching;
using Receivables.Tests.Support;

namespace Receivables.Tests.Matching;

/// <summary>
/// The index's table of which characters its numbers have at each position (<see cref="KeyPositions"/>) only ever rules
/// out texts that are no number: lookups and the typo search that skip what it rules out find what looking up every
/// text finds.
/// </summary>
public class KeyPositionsTests
{
    [Fact]
    public void MayBeKey_AnyNumbersAndText_FalseOnlyWhenSomePositionHasACharacterNoNumberOfThatLengthHas()
    {
        Properties.Check(Arbitraries.MixedScriptReferencesGen.ToArbitrary(), scenario =>
        {
            var keys = scenario.Documents.Select(MatchText.NormalizeReference).ToArray();
            var positions = new KeyPositions();
            foreach (var key in keys)
            {
                positions.Add(key);
            }

            foreach (var text in keys.Append(MatchText.NormalizeReference(scenario.Reference)).Concat(keys.Select(Mutated)))
            {
                // Oracle: every position has, in some number of the same length, the same character (characters
                // beyond ASCII are not told apart).
                var expected = Enumerable.Range(0, text.Length).All(i => keys.Any(k => k.Length == text.Length && Same(k[i], text[i])));
                Assert.Equal(expected, positions.MayBeKey(text));
                for (var i = 0; i < text.Length; i++)
                {
                    Assert.Equal(keys.Any(k => k.Length == text.Length && Same(k[i], text[i])), positions.Allows(text.Length, i, text[i]));
                }
            }

            foreach (var key in keys)
            {
                Assert.True(positions.MayBeKey(key), key);
            }

            // The characters used: every character of every number, once, ascending (the typo search's alphabet).
            Assert.Equal(keys.SelectMany(k => k).Distinct().Order(), positions.Alphabet());
        });

        static bool Same(char a, char b) => a == b || (a >= 128 && b >= 128);

        // The last character replaced by one that numbers rarely have there.
        static string Mutated(string key) => key.Length == 0 ? "Z" : key[..^1] + (char.IsDigit(key[^1]) ? 'Q' : '7');
    }

    [Fact]
    public void MayBeKey_LongerThanTracked_NeverRuledOut()
    {
        var positions = new KeyPositions();
        positions.Add(new string('1', KeyPositions.Tracked + 1));
        positions.Add("INV" + new string('7', KeyPositions.Tracked) + "发票");
        positions.Add("AB12");

        Assert.Equal("12ABINV7发票".Order(), positions.Alphabet());
        Assert.True(positions.MayBeKey(new string('Z', KeyPositions.Tracked + 1)));
        Assert.True(positions.Allows(KeyPositions.Tracked + 5, 3, 'Z'));
        Assert.False(positions.MayBeKey("1"));
    }

    [Fact]
    public void MayBeKey_InvoiceNumbers_RulesOutWordsAndOtherShapes()
    {
        // Numbers "INV" + seven digits, as the synthetic statements use: a word of the same length, a number with a
        // letter among the digits, a number one digit longer, and a last digit that no number has there are ruled out;
        // the numbers, and a text whose every digit some number has at its place, are not.
        var positions = new KeyPositions();
        foreach (var number in new[] { "INV0004711", "INV0004712", "INV1234567" })
        {
            positions.Add(number);
        }

        Assert.True(positions.MayBeKey("INV0004711"));
        Assert.True(positions.MayBeKey("INV0004717"));
        Assert.False(positions.MayBeKey("INV0004719"));
        Assert.False(positions.MayBeKey("TRANSFERRE"));
        Assert.False(positions.MayBeKey("INV00O4711"));
        Assert.False(positions.MayBeKey("INV00047110"));
    }

    [Fact]
    public void OneEditPositions_AnyMixedScriptNumbers_SameItemsAsLookingUpEveryVariant()
    {
        Properties.Check(Arbitraries.MixedScriptReferencesGen.ToArbitrary(), scenario =>
        {
            var customer = new CustomerId("C-1");
            var items = scenario.Documents.Select((d, i) => new OpenItem(new DocumentId(d), customer, Money.Of(100m + i, "EUR"), new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31)));
            var index = MatchingEngine.Create().BuildIndex(items);
            var documents = scenario.Documents.Select(MatchText.NormalizeReference);
            foreach (var normalized in documents.Append(MatchText.NormalizeReference(scenario.Reference)))
            {
                MatchingSpeedPathTests.AssertOneEditLikeEveryVariant(index, normalized);
            }
        });
    }

    [Fact]
    public void IsKnownReference_FurtherReferences_KnownWhateverTheirShape()
    {
        // Purchase-order numbers and payment references beside the invoice numbers: each is known, a text one
        // character off is not (the table for further references is kept apart from the numbers').
        var customer = new CustomerId("C-1");
        OpenItem Item(string id, params string[] references)
            => new(new DocumentId(id), customer, Money.Of(100m, "EUR"), new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31), references: references);
        var index = MatchingEngine.Create().BuildIndex([Item("INV0004711", "PO-88123"), Item("INV0004712", "RF18539007547034"), Item("INV0004713")]);

        Assert.True(index.IsKnownReference(MatchText.NormalizeReference("INV0004713")));
        Assert.True(index.IsKnownReference(MatchText.NormalizeReference("PO-88123")));
        Assert.True(index.IsKnownReference(MatchText.NormalizeReference("RF18539007547034")));
        Assert.False(index.IsKnownReference(MatchText.NormalizeReference("PO-88124")));
        Assert.False(index.IsKnownReference(MatchText.NormalizeReference("INV0004714")));
    }
}
