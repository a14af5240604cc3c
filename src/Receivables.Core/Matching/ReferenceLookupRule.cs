namespace Receivables.Matching;

/// <summary>Looks each extracted reference up: exactly; else, when the reference ends the text, as the cut-off start
/// of a document number; else with one typo. Fuzzy lookups need the minimum length and search the payer's items
/// first, then all items (only references with letters: pure digit runs are too dense to guess).</summary>
internal sealed class ReferenceLookupRule : IMatchRule
{
    private const int MaxFuzzyHits = 4;

    public void Apply(MatchContext context)
    {
        var index = context.Index;
        var minLength = context.Options.MinFuzzyReferenceLength;
        foreach (var reference in context.References)
        {
            var exact = false;
            foreach (var position in index.Positions(reference.Normalized))
            {
                var item = index.Item(position);
                context.AddHit(new ReferenceHit(item, reference, ReferenceMatchKind.Exact, Evidence.ReferenceExact, $"reference {item.Document} found"));
                exact = true;
            }

            if (exact)
            {
                continue;
            }

            if (reference.Normalized.Length < minLength)
            {
                continue;
            }

            if (reference.AtEnd && AddTruncated(context, reference))
            {
                continue;
            }

            var typos = InPayerScope(context, n => MatchText.OneEditApart(n, reference.Normalized));
            if (typos.Count == 0 && HasLetters(reference.Normalized))
            {
                typos = index.OneEditPositions(reference.Normalized, MaxFuzzyHits);
            }

            if (typos.Count is > 0 and <= MaxFuzzyHits)
            {
                foreach (var position in typos.Order())
                {
                    var item = index.Item(position);
                    context.AddHit(new ReferenceHit(item, reference, ReferenceMatchKind.OneTypo, Evidence.ReferenceTypo / typos.Count, $"reference {item.Document} found with one typo (written '{reference.Text}')"));
                }
            }
        }
    }

    private static bool AddTruncated(MatchContext context, ExtractedReference reference)
    {
        var index = context.Index;
        var cut = InPayerScope(context, n => n.Length > reference.Normalized.Length && n.StartsWith(reference.Normalized, StringComparison.Ordinal));
        if (cut.Count == 0 && HasLetters(reference.Normalized))
        {
            cut = index.StartingWith(reference.Normalized, MaxFuzzyHits).Where(p => index.Normalized(p).Length > reference.Normalized.Length).ToList();
        }

        if (cut.Count is 0 or > MaxFuzzyHits)
        {
            return false;
        }

        foreach (var position in cut.Order())
        {
            var item = index.Item(position);
            context.AddHit(new ReferenceHit(item, reference, ReferenceMatchKind.Truncated, Evidence.ReferenceTruncated / cut.Count, $"reference {item.Document} found truncated (written '{reference.Text}', the text was cut)"));
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

    private static List<int> InPayerScope(MatchContext context, Func<string, bool> test)
    {
        var result = new List<int>();
        var index = context.Index;
        var seen = new List<CustomerId>(context.Payers.Count);
        foreach (var candidate in context.Payers)
        {
            var payer = candidate.Customer;
            if (seen.Contains(payer))
            {
                continue;
            }

            seen.Add(payer);
            var (start, count) = index.Range(payer, context.Line.Amount.Currency);
            for (var p = start; p < start + count; p++)
            {
                if (test(index.Normalized(p)))
                {
                    result.Add(p);
                }
            }
        }

        return result;
    }
}
