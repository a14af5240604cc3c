using System.Text;
using System.Text.RegularExpressions;
using FsCheck.Fluent;
using Receivables.Matching;
using Receivables.Tests.Support;

using Receivables.Ledger;

namespace Receivables.Tests.Matching;

/// <summary>
/// The faster forms introduced by the second matching performance pass (decision 351) give the same answers as the
/// straightforward forms they replaced, which are kept here as the reference: reading references without match
/// objects, name normalisation over spans, the name-similarity search, the span-keyed number table and the
/// chunk-sorted number list for cut-off references.
/// </summary>
public class MatchingFastFormTests
{
    private static readonly ReferencePattern[] Patterns =
        [ReferencePattern.Prefixed("INV"), ReferencePattern.Prefixed("RE", 2), ReferencePattern.Prefixed("\u212ANV"), ReferencePattern.DigitRun(8), ReferencePattern.DigitRun(20)];

    private static readonly MatchText.NameForms Forms = new(new MatchingOptions().LegalForms);

    private static readonly MatchIndex NoItems = MatchingEngine.Create().BuildIndex([]);

    [Fact]
    public void Find_AnyText_SameReferencesAsReadingTheRegexGroups()
    {
        Properties.Check(Arbitraries.ReferenceTextGen.ToArbitrary(), raw =>
        {
            var text = MatchText.FoldWidth(raw);
            foreach (var pattern in Patterns)
            {
                var fast = new List<(int, int, string, string)>();
                pattern.Find(text, fast, NoItems);
                var expected = FindByGroups(pattern, text);
                Assert.Equal(expected, fast);

                // Against an index holding the numbers as written, the same texts (the numbers' own strings).
                var items = expected.Select(f => f.Item3.Trim()).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal)
                    .Select(n => new OpenItem(new DocumentId(n), new CustomerId("C-1"), Money.Of(10m, "EUR"), new DateOnly(2026, 1, 1), new DateOnly(2026, 2, 1)));
                var withIndex = new List<(int, int, string, string)>();
                pattern.Find(text, withIndex, MatchingEngine.Create().BuildIndex(items));
                Assert.Equal(expected, withIndex);
            }
        });
    }

    [Fact]
    public void NormalizeReference_AnyText_SameAsCharacterByCharacter()
    {
        // Texts up to 32 characters go through the ASCII table (decision 374), longer ones by runs (decision 351):
        // references are short, company names and remittance texts both.
        var texts = Gen.OneOf(Arbitraries.ReferenceTextGen, Arbitraries.CompanyNameGen, Arbitraries.RemittanceTextGen);
        Properties.Check(texts.ToArbitrary(), text =>
        {
            var buffer = new char[text.Length];
            var length = MatchText.NormalizeReference(text, buffer);
            Assert.Equal(NormalizeCharByChar(text), new string(buffer, 0, length));
            Assert.Equal(NormalizeCharByChar(text), MatchText.NormalizeReference(text));
            Assert.Equal(MatchText.IsNormalizedReference(text), text.All(c => c is >= '0' and <= '9' or >= 'A' and <= 'Z'));
        });
    }

    [Fact]
    public void NormalizeName_AnyName_SameAsTheStringForm()
    {
        Properties.Check(Arbitraries.CompanyNameGen.ToArbitrary(), name => Assert.Equal(NormalizeNameByStrings(name, Forms), MatchText.NormalizeName(name, Forms)));
    }

    [Fact]
    public void Fold_EveryCharacter_SameAsThePlainFold()
    {
        // All 65,536 UTF-16 code units: the shortcuts (ASCII, the table below U+2000, CJK ideographs) fold as the
        // plain definition does, and a text folds as its characters do (the ASCII copy and the per-character loop).
        var text = new char[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            Assert.True(PlainFold((char)c) == MatchText.Fold((char)c), $"U+{c:X4}");
            text[c] = (char)c;
        }

        var folded = new char[text.Length];
        MatchText.FoldWidth(text, folded);
        Assert.Equal(text.Select(PlainFold), folded);
        var ascii = "Lindqvist Medical 3 Ltd".ToCharArray();
        var copied = new char[ascii.Length];
        MatchText.FoldWidth(ascii, copied);
        Assert.Equal(ascii, copied);
    }

    [Fact]
    public void MostSimilarNames_AnyNames_SameAsComparingWithEveryName()
    {
        Properties.Check(Arbitraries.SimilarNamesGen.ToArbitrary(), scenario =>
        {
            var profiles = scenario.Names.Select((n, i) => new CustomerProfile(new CustomerId($"C-{i % 5}x{i}"), [n])).ToList();
            var index = MatchingEngine.Create().BuildIndex([], profiles);
            var query = MatchText.NormalizeName(scenario.Payer, index.Forms);
            if (query.Length == 0)
            {
                return;
            }

            var (similarity, customers) = index.MostSimilarNames(query, scenario.Threshold);

            var bigrams = MatchText.Bigrams(query);
            Array.Sort(bigrams);
            var scored = profiles
                .Where(p => p.Names.Length > 0)
                .Select(p => (p.Customer, Name: MatchText.NormalizeName(p.Names[0], index.Forms)))
                .Where(p => p.Name.Length > 0)
                .Select(p => (p.Customer, Dice: MatchText.Dice(bigrams, Sorted(MatchText.Bigrams(p.Name)))))
                .Where(p => p.Dice >= scenario.Threshold)
                .ToList();
            var best = scored.Count == 0 ? 0d : scored.Max(p => p.Dice);
            Assert.Equal(best, similarity);
            Assert.Equal(scored.Where(p => p.Dice == best).Select(p => p.Customer).Distinct().Order(), customers);
        });
    }

    [Fact]
    public void MostSimilarNames_SimilarOnlyThroughARepeatedPair_IsFound()
    {
        // "ca公司aaaa" (7 pairs, 5 distinct) shares three "aa" pairs with "aaaaa": Dice 2·3 / (7 + 4) = 6/11, above the
        // 0.5 required, and "aa" is the most common pair. Before the fix the filter counted distinct pairs only, left
        // the "aa" list unread and missed the name.
        var names = new[] { "aaxb", "aaxc", "aaxd", "aaxe", "aaaaa", "cx", "xy" };
        var profiles = names.Select((n, i) => new CustomerProfile(new CustomerId($"C-{i}"), [n])).ToList();
        var index = MatchingEngine.Create().BuildIndex([], profiles);

        var (similarity, customers) = index.MostSimilarNames("ca公司aaaa", 0.5);

        Assert.Equal(6d / 11d, similarity, 12);
        Assert.Equal([new CustomerId("C-4")], customers);
    }

    [Fact]
    public void SubsetSearch_AnyAmounts_SameSubsetsAsTheRecursion()
    {
        // The several-items rule's search follows the recursion's exclusions as a loop (decision 373): the same
        // subsets, in the same order, and the same cut-off when the step budget runs out (small budgets included).
        var scenarios =
            from count in Gen.Choose(0, 24)
            from values in Gen.ArrayOf(Gen.Choose(1, 60).Select(v => (long)v), count)
            from low in Gen.Choose(1, 200)
            from width in Gen.Choose(0, 10)
            from maxSize in Gen.Choose(2, 9)
            from maxSteps in Gen.OneOf(Gen.Choose(0, 40), Gen.Choose(41, 5_000))
            select (values, (long)low, (long)(low + width), maxSize, maxSteps);
        Properties.Check(scenarios.ToArbitrary(), scenario =>
        {
            var (values, low, high, maxSize, maxSteps) = scenario;
            var options = new MatchingOptions { MaxSubsetSize = maxSize, MaxSubsetSteps = maxSteps };
            var expected = SearchByRecursion(values, low, high, maxSize, maxSteps);
            var found = SeveralItemsRule.Search(values, low, high, options);
            Assert.Equal(expected.Count, found.Count);
            for (var k = 0; k < expected.Count; k++)
            {
                Assert.Equal(expected[k], found[k]);
            }
        });
    }

    [Fact]
    public void SubsetSearch_InvoicesOfOneCustomer_FirstTwoSubsetsOfTheRecursion()
    {
        // 1,200.00 paid for invoices of 500.00, 700.00, 300.00, 400.00 and 200.00 (cents): 500 + 700 first, then
        // 500 + 300 + 400; a third subset (700 + 300 + 200) is not looked for.
        long[] cents = [50_000, 70_000, 30_000, 40_000, 20_000];
        var found = SeveralItemsRule.Search(cents, 120_000, 120_000, new MatchingOptions());
        Assert.Equal([[0, 1], [0, 2, 3]], found);
        Assert.Equal(found, SearchByRecursion(cents, 120_000, 120_000, 8, 4_000));

        // Each node of the search is a step: the root, 500 in, 500 + 700 in (the first subset, the third step); the
        // second subset is found at the sixth. A budget of two steps finds nothing, of three or five the first only.
        Assert.Empty(SeveralItemsRule.Search(cents, 120_000, 120_000, new MatchingOptions { MaxSubsetSteps = 2 }));
        Assert.Equal([[0, 1]], SeveralItemsRule.Search(cents, 120_000, 120_000, new MatchingOptions { MaxSubsetSteps = 3 }));
        Assert.Equal([[0, 1]], SeveralItemsRule.Search(cents, 120_000, 120_000, new MatchingOptions { MaxSubsetSteps = 5 }));
        Assert.Equal(2, SeveralItemsRule.Search(cents, 120_000, 120_000, new MatchingOptions { MaxSubsetSteps = 6 }).Count);
    }

    /// <summary>The subset search as it was written before decision 373: include the value at i, then exclude it,
    /// each call one step; at most two subsets.</summary>
    private static List<int[]> SearchByRecursion(long[] values, long low, long high, int maxSize, int maxSteps)
    {
        var suffix = new long[values.Length + 1];
        for (var i = values.Length - 1; i >= 0; i--)
        {
            suffix[i] = suffix[i + 1] + values[i];
        }

        var solutions = new List<int[]>();
        var chosen = new List<int>();
        var steps = 0;
        Dfs(0, 0L);
        return solutions;

        void Dfs(int i, long sum)
        {
            if (solutions.Count >= 2 || ++steps > maxSteps)
            {
                return;
            }

            if (sum >= low && chosen.Count >= 2)
            {
                if (sum <= high)
                {
                    solutions.Add([.. chosen]);
                }

                return;
            }

            if (i == values.Length || chosen.Count == maxSize || sum + suffix[i] < low)
            {
                return;
            }

            if (sum + values[i] <= high)
            {
                chosen.Add(i);
                Dfs(i + 1, sum + values[i]);
                chosen.RemoveAt(chosen.Count - 1);
            }

            Dfs(i + 1, sum);
        }
    }

    [Fact]
    public void Positions_AnyDenseNumbers_AscendingPositionsOfEqualKeys()
    {
        Properties.Check(Arbitraries.DenseReferencesGen.ToArbitrary(), scenario =>
        {
            var index = IndexOf(scenario.Documents);
            foreach (var key in scenario.Documents.Append(scenario.Reference).Select(MatchText.NormalizeReference))
            {
                var expected = Enumerable.Range(0, index.ItemCount).Where(p => index.Normalized(p).SequenceEqual(key)).ToList();
                var found = new List<int>();
                foreach (var position in index.Positions(key))
                {
                    found.Add(position);
                }

                Assert.Equal(expected, found);
            }
        });
    }

    [Fact]
    public void CustomersWrittenIn_AnyText_SameAsNormalisingEveryStretch()
    {
        // The reader passes over a stretch whose runs add up to a length no customer id has before normalising it
        // (decision 370); the plain form normalises every stretch of up to three runs of the full-width-folded text
        // and keeps each id that normalises like exactly one customer's, first occurrence first.
        // The ids come from customers with open items, with a profile, or both, gathered while the index is built
        // (decision 373): through the engine and through the index's own constructor (as a rule's arguments build it),
        // the same table.
        Properties.Check(Arbitraries.CustomerIdTextGen.ToArbitrary(), scenario =>
        {
            var items = scenario.Customers.Where((_, k) => k % 2 == 0).Select((c, k) =>
                new OpenItem(new DocumentId($"D-{k}"), new CustomerId(c), Money.Of(10m, "EUR"), new DateOnly(2026, 1, 1), new DateOnly(2026, 2, 1))).ToList();
            var profiles = scenario.Customers.Where((_, k) => k % 2 == 1 || k % 4 == 0).Select(c => new CustomerProfile(new CustomerId(c))).ToList();
            var gathered = MatchingEngine.Create().BuildIndex(items, profiles);
            var byConstructor = new MatchIndex(items, profiles, Forms);
            var ids = scenario.Customers.Select(c => (Id: c, Key: MatchText.NormalizeReference(c)))
                .Where(c => c.Key.Length >= 4 && c.Key.Any(char.IsAsciiDigit)).ToList();

            var expected = new List<(CustomerId, string)>();
            var folded = new char[scenario.Text.Length];
            MatchText.FoldWidth(scenario.Text, folded);
            // Chunks: runs of letters and digits joined by single separators; each chunk's runs.
            var chunks = Regex.Matches(new string(folded), "[A-Za-z0-9]+(?:[-._/ ][A-Za-z0-9]+)*").Select(chunk =>
                Regex.Matches(chunk.Value, "[A-Za-z0-9]+").Select(run => (Start: chunk.Index + run.Index, End: chunk.Index + run.Index + run.Length)).ToArray());
            foreach (var chunk in chunks)
            {
                for (var a = 0; a < chunk.Length; a++)
                {
                    for (var b = a; b < chunk.Length && b < a + 3; b++)
                    {
                        var written = scenario.Text[chunk[a].Start..chunk[b].End];
                        var named = ids.Where(c => written.Length >= 4 && c.Key == MatchText.NormalizeReference(written)).ToList();
                        if (named.Count == 1 && !expected.Any(e => e.Item1.Value == named[0].Id))
                        {
                            expected.Add((new CustomerId(named[0].Id), written));
                        }
                    }
                }
            }

            Assert.Equal(expected, gathered.CustomersWrittenIn(scenario.Text, int.MaxValue, []));
            Assert.Equal(expected, byConstructor.CustomersWrittenIn(scenario.Text, int.MaxValue, []));
        });
    }

    [Fact]
    public void StartingWith_AnyDenseNumbers_SameAsScanningEveryNumber()
    {
        // Both ways of answering (probing the completions, and the numbers sorted in ordinal order) against a scan of
        // every number: all longer numbers with the prefix when at most the limit, else the limit and one more of them.
        const int Limit = 4;
        Properties.Check(Arbitraries.DenseReferencesGen.ToArbitrary(), scenario =>
        {
            var index = IndexOf(scenario.Documents);
            var prefix = MatchText.NormalizeReference(scenario.Reference);
            prefix = prefix[..Math.Max(1, prefix.Length - 2)];
            if (!prefix.Any(c => c is >= 'A' and <= 'Z'))
            {
                return;
            }

            var expected = Enumerable.Range(0, index.ItemCount).Where(p => index.Normalized(p).StartsWith(prefix) && index.Normalized(p).Length > prefix.Length).ToList();
            var sorted = new List<int>();
            index.AddFirstStartingWith(prefix, Limit, sorted);
            foreach (var found in new[] { index.StartingWith(prefix, Limit), sorted })
            {
                Assert.Equal(found.Count, found.Distinct().Count());
                Assert.All(found, p => Assert.Contains(p, expected));
                Assert.Equal(Math.Min(expected.Count, Limit + 1), found.Count);
            }
        });
    }

    [Fact]
    public void StartingWith_FewCompletions_ProbedWithoutSortingTheNumbers()
    {
        // INV-2026-00042 cut to INV-2026-0004 (ten completions of one more character) or to INV-2026-000 (a hundred
        // and ten of two: the last place also has the A of INV-2026-0009A); the numbers are found by probing them, and
        // the sorted list of all numbers is not built.
        var documents = Enumerable.Range(0, 3000).Select(i => $"INV-2026-{i:00000}").Append("INV-2026-0009A").ToArray();
        var index = IndexOf(documents);

        var some = index.StartingWith("INV20260004", 4);
        var all = index.StartingWith("INV2026000", 200);

        Assert.Equal(5, some.Count);
        Assert.All(some, p => Assert.StartsWith("INV-2026-0004", index.Item(p).Id.Value, StringComparison.Ordinal));
        Assert.Equal(Enumerable.Range(0, 100).Select(i => $"INV-2026-{i:00000}").Append("INV-2026-0009A").Order(StringComparer.Ordinal), all.Select(p => index.Item(p).Id.Value).Order(StringComparer.Ordinal));
        Assert.Empty(index.StartingWith("INV2026099999", 4));
        Assert.False(index.SortedNumbersBuilt);
    }

    [Fact]
    public void StartingWith_ManyCompletions_AnsweredFromTheSortedNumbers()
    {
        // A short prefix of long numbers has more completions than are worth probing: the sorted list answers, and
        // answers every lookup after it.
        var documents = Enumerable.Range(0, 3000).Select(i => $"AB{i * 7919 % 100000:00000}-{i:0000}").ToArray();
        var index = IndexOf(documents);

        var found = index.StartingWith("AB1", 4);

        Assert.True(index.SortedNumbersBuilt);
        Assert.Equal(5, found.Count);
        Assert.All(found, p => Assert.StartsWith("AB1", index.Normalized(p).ToString(), StringComparison.Ordinal));
        var one = documents[17];
        Assert.Equal([one], index.StartingWith(MatchText.NormalizeReference(one).AsSpan()[..^1], 4).Select(p => index.Item(p).Id.Value));
    }

    [Fact]
    public void StartingWith_LongNumbersSharingLongPrefixes_FindsEachPrefixRange()
    {
        // Keys longer than one chunk of coded characters that tie in their first chunks must still be sorted.
        var documents = Enumerable.Range(0, 300).Select(i => $"ABCDEFGHIJKLMNOPQRSTU-{i % 7}-{i:000000}").ToArray();
        var index = IndexOf(documents);

        foreach (var prefix in new[] { "ABCDEFGHIJKLMNOPQRSTU3000", "ABCDEFGHIJKLMNOPQRSTU600012", "ABCDEFGHIJKLMNOPQRSTU5000299" })
        {
            var expected = Enumerable.Range(0, index.ItemCount).Where(p => index.Normalized(p).StartsWith(prefix) && index.Normalized(p).Length > prefix.Length)
                .OrderBy(p => index.Normalized(p).ToString(), StringComparer.Ordinal).ToList();
            var sorted = new List<int>();
            index.AddFirstStartingWith(prefix, 4, sorted);
            Assert.Equal(expected.Take(5), sorted);
            var found = index.StartingWith(prefix, 4);
            Assert.Equal(Math.Min(expected.Count, 5), found.Count);
            Assert.All(found, p => Assert.Contains(p, expected));
        }
    }

    [Fact]
    public void StartingWith_ThousandsOfNumbers_SameOrderAsSortingTheTexts()
    {
        // From 4,096 numbers on, the list of numbers with a letter is sorted by counting digits of their coded
        // chunks (a radix sort) instead of comparing them. Several shapes, numbers longer than one chunk that tie in
        // their first chunks, and numbers that differ only in separators (the same normalised text) are mixed; each
        // prefix finds the first numbers in the order of their normalised texts (ordinal), as many as asked and one more.
        var random = new Random(20261206);
        var documents = Enumerable.Range(0, 6000).Select(i => random.Next(5) switch
        {
            0 => $"INV-2026-{i:000000}",
            1 => $"SO{random.Next(100):00}-{i:00000}",
            2 => $"ABCDEFGHIJKLMNOPQRSTU-{i % 7}-{i:000000}",
            3 => $"RE{i:0000000}",
            _ => $"INV2026{i - 1:000000}",
        }).ToArray();
        var index = IndexOf(documents);
        var keys = Enumerable.Range(0, index.ItemCount).Select(p => index.Normalized(p).ToString()).ToArray();
        Assert.True(keys.Count(k => k.Any(c => c is >= 'A' and <= 'Z')) >= 4096);
        Assert.True(keys.Distinct(StringComparer.Ordinal).Count() < keys.Length);

        for (var n = 0; n < 300; n++)
        {
            var key = keys[random.Next(keys.Length)];
            var prefix = key[..random.Next(2, key.Length + 1)];
            var expected = keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal) && k.Length > prefix.Length).Order(StringComparer.Ordinal).Take(5);
            var fast = new List<int>();
            index.AddFirstStartingWith(prefix, 4, fast);

            Assert.Equal(expected, fast.Select(p => keys[p]));
            Assert.Equal(fast.Count, fast.Distinct().Count());
        }
    }

    [Fact]
    public void Positions_NumbersInMixedScripts_SameAsNormalisingEveryNumber()
    {
        // The index keeps its keys as bytes while all are ASCII and as characters from the first one that is not;
        // the oracle normalises each item's own number, independently of what the index stored.
        Properties.Check(Arbitraries.MixedScriptReferencesGen.ToArbitrary(), scenario =>
        {
            var index = IndexOf(scenario.Documents);
            var keys = Enumerable.Range(0, index.ItemCount).Select(p => MatchText.NormalizeReference(index.Item(p).Id.Value)).ToArray();
            foreach (var key in scenario.Documents.Append(scenario.Reference).Select(MatchText.NormalizeReference))
            {
                var expected = Enumerable.Range(0, keys.Length).Where(p => keys[p] == key).ToList();
                var found = new List<int>();
                foreach (var position in index.Positions(key))
                {
                    found.Add(position);
                }

                Assert.Equal(expected, found);
                Assert.Equal(expected.Count > 0, index.IsKnownReference(key));
            }

            for (var p = 0; p < keys.Length; p++)
            {
                Assert.Equal(keys[p], index.Normalized(p).ToString());
            }

            var prefix = MatchText.NormalizeReference(scenario.Reference);
            prefix = prefix[..Math.Max(1, prefix.Length - 2)];
            if (prefix.Any(c => c is >= 'A' and <= 'Z'))
            {
                var starting = Enumerable.Range(0, keys.Length).Where(p => keys[p].StartsWith(prefix, StringComparison.Ordinal) && keys[p].Length > prefix.Length && keys[p].Any(c => c is >= 'A' and <= 'Z')).ToList();
                var fast = index.StartingWith(prefix, 4);
                Assert.Equal(Math.Min(starting.Count, 5), fast.Count);
                Assert.All(fast, p => Assert.Contains(p, starting));
            }
        });
    }

    private static MatchIndex IndexOf(string[] documents)
    {
        var customer = new CustomerId("C-1");
        return MatchingEngine.Create().BuildIndex(documents.Select((d, i) => new OpenItem(new DocumentId(d), customer, Money.Of(100m + i, "EUR"), new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31))));
    }

    private static int[] Sorted(int[] values)
    {
        Array.Sort(values);
        return values;
    }

    /// <summary>The reading of references before decision 351: match objects and their groups.</summary>
    private static List<(int, int, string, string)> FindByGroups(ReferencePattern pattern, string text)
    {
        var found = new List<(int, int, string, string)>();
        if (pattern.CannotMatch(text))
        {
            return found;
        }

        foreach (Match match in pattern.Expression.Matches(text))
        {
            var digits = match.Groups["d"].Success ? match.Groups["d"].Value : match.Value;
            var normalizedDigits = MatchText.NormalizeReference(digits);
            if (normalizedDigits.Length < pattern.MinDigits)
            {
                continue;
            }

            var head = pattern.Prefix is null ? string.Empty : MatchText.NormalizeReference(pattern.Prefix);
            found.Add((match.Index, match.Index + match.Length, match.Value, head + normalizedDigits));
            var space = digits.IndexOf(' ', StringComparison.Ordinal);
            if (space > 0)
            {
                var shorter = MatchText.NormalizeReference(digits[..space]);
                if (shorter.Length >= pattern.MinDigits)
                {
                    found.Add((match.Index, match.Index + match.Length - digits.Length + space, match.Value[..(match.Length - digits.Length + space)], head + shorter));
                }
            }

            var end = match.Index + match.Length;
            var previous = normalizedDigits;
            while (end < text.Length)
            {
                var next = ReferencePattern.ContinuationExpression.Match(text, end);
                if (!next.Success)
                {
                    break;
                }

                var tail = MatchText.NormalizeReference(next.Groups["d"].Value);
                if (tail.Length > previous.Length || (pattern.Prefix is null && tail.Length == previous.Length))
                {
                    break;
                }

                previous = string.Concat(previous.AsSpan(0, previous.Length - tail.Length), tail);
                found.Add((match.Index, next.Index + next.Length, next.Value.Trim(), head + previous));
                end = next.Index + next.Length;
            }
        }

        return found;
    }

    /// <summary>The character fold written plainly: full-width by the offset, digits by their value, a letter by
    /// the first character of its canonical decomposition when that is an ASCII letter, and the named exceptions.</summary>
    private static char PlainFold(char raw)
    {
        if (raw is >= '\uFF01' and <= '\uFF5E')
        {
            return (char)(raw - 0xFEE0);
        }

        if (raw == '\u3000')
        {
            return ' ';
        }

        if (raw > '\u007F' && char.IsDigit(raw))
        {
            return (char)('0' + (int)char.GetNumericValue(raw));
        }

        foreach (var group in LettersByBase)
        {
            if (group.IndexOf(raw, 1) > 0)
            {
                return group[0];
            }
        }

        return raw;
    }

    /// <summary>Each ASCII letter followed by the letters that fold to it (from the Unicode decompositions, listed by
    /// base letter rather than by code point as the library's table is).</summary>
    private static readonly string[] LettersByBase =
    [
        "AÀÁÂÃÄÅĀĂĄǍǞǠǺȀȂȦḀẠẢẤẦẨẪẬẮẰẲẴẶ",
        "BḂḄḆ",
        "CÇĆĈĊČḈ",
        "DĎḊḌḎḐḒĐ",
        "EÈÉÊËĒĔĖĘĚȄȆȨḔḖḘḚḜẸẺẼẾỀỂỄỆ",
        "FḞ",
        "GĜĞĠĢǦǴḠ",
        "HĤȞḢḤḦḨḪ",
        "IÌÍÎÏĨĪĬĮİǏȈȊḬḮỈỊ",
        "JĴ",
        "KĶǨḰḲḴ",
        "LĹĻĽḶḸḺḼŁ",
        "MḾṀṂ",
        "NÑŃŅŇǸṄṆṈṊ",
        "OÒÓÔÕÖŌŎŐƠǑǪǬȌȎȪȬȮȰṌṎṐṒỌỎỐỒỔỖỘỚỜỞỠỢØ",
        "PṔṖ",
        "RŔŖŘȐȒṘṚṜṞ",
        "SŚŜŞŠȘṠṢṤṦṨ",
        "TŢŤȚṪṬṮṰ",
        "UÙÚÛÜŨŪŬŮŰŲƯǓǕǗǙǛȔȖṲṴṶṸṺỤỦỨỪỬỮỰ",
        "VṼṾ",
        "WŴẀẂẄẆẈ",
        "XẊẌ",
        "YÝŶŸȲẎỲỴỶỸ",
        "ZŹŻŽẐẒẔ",
        "aàáâãäåāăąǎǟǡǻȁȃȧḁạảấầẩẫậắằẳẵặ",
        "bḃḅḇ",
        "cçćĉċčḉ",
        "dďḋḍḏḑḓđ",
        "eèéêëēĕėęěȅȇȩḕḗḙḛḝẹẻẽếềểễệ",
        "fḟ",
        "gĝğġģǧǵḡ",
        "hĥȟḣḥḧḩḫẖ",
        "iìíîïĩīĭįǐȉȋḭḯỉịı",
        "jĵǰ",
        "kķǩḱḳḵ",
        "lĺļľḷḹḻḽł",
        "mḿṁṃ",
        "nñńņňǹṅṇṉṋ",
        "oòóôõöōŏőơǒǫǭȍȏȫȭȯȱṍṏṑṓọỏốồổỗộớờởỡợø",
        "pṕṗ",
        "rŕŗřȑȓṙṛṝṟ",
        "sśŝşšșṡṣṥṧṩß",
        "tţťțṫṭṯṱẗ",
        "uùúûüũūŭůűųưǔǖǘǚǜȕȗṳṵṷṹṻụủứừửữự",
        "vṽṿ",
        "wŵẁẃẅẇẉẘ",
        "xẋẍ",
        "yýÿŷȳẏẙỳỵỷỹ",
        "zźżžẑẓẕ",
    ];

    /// <summary>Reference normalisation before decision 351 (with the character fold): one character at a time.</summary>
    private static string NormalizeCharByChar(string text)
    {
        var result = new StringBuilder();
        foreach (var raw in text)
        {
            var c = PlainFold(raw);
            if (c is >= '0' and <= '9' or >= 'A' and <= 'Z')
            {
                result.Append(c);
            }
            else if (c is >= 'a' and <= 'z')
            {
                result.Append((char)(c - 32));
            }
            else if (c > '\u007F' && char.IsLetterOrDigit(c))
            {
                result.Append(char.ToUpperInvariant(c));
            }
        }

        return result.ToString();
    }

    /// <summary>Name normalisation before decision 351: strings, a word list and a string builder.</summary>
    private static string NormalizeNameByStrings(string text, MatchText.NameForms forms)
    {
        var folded = string.Concat(text.Select(PlainFold)).ToLowerInvariant().Replace(".", string.Empty, StringComparison.Ordinal);
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        var kept = words.Where(w => !forms.Words.Contains(w)).ToList();
        if (kept.Count == 0)
        {
            kept = words;
        }

        var joined = string.Concat(kept);
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var suffix in forms.Affixes)
            {
                if (joined.Length > suffix.Length && joined.EndsWith(suffix, StringComparison.Ordinal))
                {
                    joined = joined[..^suffix.Length];
                    changed = true;
                }
                else if (joined.Length > suffix.Length && joined.StartsWith(suffix, StringComparison.Ordinal))
                {
                    joined = joined[suffix.Length..];
                    changed = true;
                }
            }
        }

        return joined;
    }
}
