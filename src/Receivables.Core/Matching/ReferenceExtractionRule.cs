namespace Receivables.Matching;

/// <summary>Finds document references in the remittance text and the end-to-end reference with the configured
/// patterns; lists such as <c>INV-1001/1002</c> give one reference each.</summary>
internal sealed class ReferenceExtractionRule : IMatchRule
{
    public void Apply(MatchContext context)
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
        var text = MatchText.FoldWidth(raw.Length > max ? raw[..max] : raw).TrimEnd();
        var found = new List<(int Start, int End, string Written, string Normalized)>();
        var covered = new List<(int Start, int End)>();
        foreach (var pattern in context.Options.ReferencePatterns)
        {
            var before = found.Count;
            pattern.Find(text, found);
            for (var i = before; i < found.Count; i++)
            {
                var (start, end, _, _) = found[i];
                if (covered.Exists(c => start < c.End && end > c.Start))
                {
                    found.RemoveAt(i);
                    i--;
                }
            }

            for (var i = before; i < found.Count; i++)
            {
                covered.Add((found[i].Start, found[i].End));
            }
        }

        foreach (var (start, end, written, normalized) in found.OrderBy(f => f.Start).ThenBy(f => f.End))
        {
            context.AddReference(new ExtractedReference(written, normalized, end >= text.Length));
        }
    }
}
