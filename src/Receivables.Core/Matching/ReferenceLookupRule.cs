namespace Receivables.Matching;

/// <summary>Looks each extracted reference up: exactly; else, when the reference ends the text, as the cut-off start
/// of a document number; else with one typo. Fuzzy lookups need the minimum length and search the payer's items
/// first, then all items (only references with letters: pure digit runs are too dense to guess).</summary>
internal static class ReferenceLookupRule
{
    private const int MaxFuzzyHits = 4;

    public static void Apply(MatchContext context)
    {
        var index = context.Index;
        var minLength = context.Options.MinFuzzyReferenceLength;
        foreach (var reference in context.ReferenceList)
        {
            var exact = false;
            foreach (var position in index.Positions(reference.Normalized))
            {
                var item = index.Item(position);
                context.AddHit(ReferenceHit.Of(item, reference, ReferenceMatchKind.Exact, context.Options.Confidence.ReferenceExact, position));
                exact = true;
            }

            foreach (var position in index.FurtherPositions(reference.Normalized))
            {
                var item = index.Item(position);
                context.AddHit(ReferenceHit.Of(item, reference, ReferenceMatchKind.Exact, context.Options.Confidence.ReferenceExact, position));
                exact = true;
            }

            if (exact)
            {
                continue;
            }

            // No number is one edit away from, or starts with, a reference longer than the longest number plus one:
            // skipping it gives the same answer and keeps the work linear in the text ("INV 1 1 1 …" is one long
            // reference, and probing its one-edit variants would cost the square of its length).
            if (reference.Normalized.Length < minLength || reference.Normalized.Length > index.LongestKey + 1)
            {
                continue;
            }

            if (reference.AtEnd && AddTruncated(context, reference))
            {
                continue;
            }

            var typos = InPayerScope(context, reference.Normalized, typo: true);
            if (typos.Count == 0 && HasLetters(reference.Normalized))
            {
                typos = index.OneEditPositions(reference.Normalized, MaxFuzzyHits);
            }

            if (typos.Count is > 0 and <= MaxFuzzyHits)
            {
                // Positions are distinct integers: sorting the list itself gives the order a stable sort gives.
                typos.Sort();
                foreach (var position in typos)
                {
                    var item = index.Item(position);
                    context.AddHit(ReferenceHit.Of(item, reference, ReferenceMatchKind.OneTypo, context.Options.Confidence.ReferenceTypo / typos.Count, position));
                }
            }
        }
    }

    private static bool AddTruncated(MatchContext context, ReferenceRow reference)
    {
        var index = context.Index;
        var cut = InPayerScope(context, reference.Normalized, typo: false);
        if (cut.Count == 0 && HasLetters(reference.Normalized))
        {
            cut = index.StartingWith(reference.Normalized, MaxFuzzyHits);
        }

        if (cut.Count is 0 or > MaxFuzzyHits)
        {
            return false;
        }

        cut.Sort();
        foreach (var position in cut)
        {
            var item = index.Item(position);
            context.AddHit(ReferenceHit.Of(item, reference, ReferenceMatchKind.Truncated, context.Options.Confidence.ReferenceTruncated / cut.Count, position));
        }

        return true;
    }

    private static bool HasLetters(string normalized)
    {
        foreach (var c in normalized)
        {
            if (c is >= 'A' and <= 'Z')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The payers' items in the line's currency whose number is one typo away from the reference, or (not
    /// <paramref name="typo"/>) starts with it and is longer.</summary>
    /// <remarks>The list is the context's scratch (<see cref="MatchContext.Fuzzy"/>), valid until the next call.</remarks>
    private static List<int> InPayerScope(MatchContext context, string reference, bool typo)
    {
        var result = context.Fuzzy;
        result.Clear();
        var index = context.Index;
        var payers = context.PayerList;
        Span<char> scratch = index.LongestKey <= 256 ? stackalloc char[256] : new char[index.LongestKey];
        for (var k = 0; k < payers.Count; k++)
        {
            var payer = payers[k].Customer;
            if (SeenBefore(payers, k, payer))
            {
                continue;
            }

            var (start, count) = context.RangeOf(payer);
            for (var p = start; p < start + count; p++)
            {
                var key = index.Normalized(p, scratch);
                MatchIndex.ProbeCount++;
                if (typo ? MatchText.OneEditApart(key, reference) : key.Length > reference.Length && key.StartsWith(reference, StringComparison.Ordinal))
                {
                    result.Add(p);
                }
            }
        }

        return result;

        static bool SeenBefore(List<PayerRow> payers, int k, CustomerId payer)
        {
            for (var j = 0; j < k; j++)
            {
                if (payers[j].Customer == payer)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
