namespace Receivables.Matching;

/// <summary>Finds document references in the remittance text and the end-to-end reference with the configured
/// patterns; lists such as <c>INV-1001/1002</c> give one reference each.</summary>
internal static class ReferenceExtractionRule
{
    public static void Apply(MatchContext context)
    {
        var line = context.Line;
        Scan(context, line.RemittanceText);
        if (line.EndToEndReference is { } e2e && !e2e.Equals("NOTPROVIDED", StringComparison.OrdinalIgnoreCase))
        {
            Scan(context, e2e);
        }
    }

    private static void Scan(MatchContext context, string? raw)
    {
        if (raw is null)
        {
            return;
        }

        var max = context.Options.MaxRemittanceLength;
        if (raw.Length > max)
        {
            context.Note(MatchingReasonCodes.TextCut.With(raw.Length, max));
        }

        var text = MatchText.FoldWidth(raw.Length > max ? raw[..max] : raw).TrimEnd();
        var found = context.Found;
        found.Clear();
        foreach (var pattern in context.Options.ReferencePatterns)
        {
            // A pattern's findings that overlap an earlier pattern's are dropped.
            var before = found.Count;
            pattern.Find(text, found);
            for (var i = found.Count - 1; i >= before; i--)
            {
                var (start, end, _, _) = found[i];
                for (var j = 0; j < before; j++)
                {
                    if (start < found[j].End && end > found[j].Start)
                    {
                        found.RemoveAt(i);
                        break;
                    }
                }
            }
        }

        // In text order (start, then end); an insertion sort keeps the few findings stable.
        for (var i = 1; i < found.Count; i++)
        {
            var current = found[i];
            var j = i - 1;
            while (j >= 0 && (found[j].Start > current.Start || (found[j].Start == current.Start && found[j].End > current.End)))
            {
                found[j + 1] = found[j];
                j--;
            }

            found[j + 1] = current;
        }

        foreach (var (_, end, written, normalized) in found)
        {
            context.AddReference(new ExtractedReference(written, normalized, end >= text.Length));
        }
    }
}
