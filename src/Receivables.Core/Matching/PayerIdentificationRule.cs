namespace Receivables.Matching;

/// <summary>Identifies the payer: a known account first; else the name after normalisation, equal or similar above the
/// threshold; a tie identifies nobody. Subsidiaries of an identified parent become candidates too.</summary>
internal sealed class PayerIdentificationRule : IMatchRule
{
    public void Apply(MatchContext context)
    {
        var line = context.Line;
        var index = context.Index;
        var found = false;
        if (line.PayerAccount is { } account)
        {
            Span<char> buffer = account.Length <= 256 ? stackalloc char[account.Length] : new char[account.Length];
            var customers = index.CustomersByNormalizedAccount(buffer[..MatchText.NormalizeReference(account, buffer)]) ?? [];
            if (customers.Length == 1)
            {
                Add(context, new PayerCandidate(customers[0], Evidence.PayerAccount, Because.Of((account, Customer: customers[0]), static s => $"payer account {s.account} known for customer {s.Customer}")));
                found = true;
            }
            else if (customers.Length > 1)
            {
                context.Note($"payer account {account} is known for several customers ({string.Join(", ", customers)}): identifies nobody");
            }
        }

        if (!found && line.PayerName is { } name)
        {
            var normalized = MatchText.NormalizeName(name, index.Forms);
            if (normalized.Length == 0)
            {
                return;
            }

            var exact = index.CustomersByNormalizedName(normalized);
            if (exact.Count == 1)
            {
                Add(context, new PayerCandidate(exact[0], Evidence.PayerName, Because.Of((name, Customer: exact[0]), static s => $"payer name '{s.name}' matches customer {s.Customer}")));
            }
            else if (exact.Count > 1)
            {
                context.Note($"payer name '{name}' matches several customers ({string.Join(", ", exact)}): identifies nobody");
            }
            else if (index.ProfileCount > 0)
            {
                var (similarity, customers) = index.MostSimilarNames(normalized, context.Options.NameSimilarityThreshold);
                if (customers.Count == 1)
                {
                    Add(context, new PayerCandidate(customers[0], Evidence.PayerName * similarity, Because.Of((name, similarity, Customer: customers[0]), static s => $"payer name '{s.name}' similar ({Evidence.Number(s.similarity)}) to customer {s.Customer}")));
                }
                else if (customers.Count > 1)
                {
                    context.Note($"payer name '{name}' is equally similar to several customers ({string.Join(", ", customers)}): identifies nobody");
                }
            }
        }
    }

    private static void Add(MatchContext context, PayerCandidate payer)
    {
        context.AddPayer(payer);
        foreach (var child in context.Index.SubsidiariesOf(payer.Customer))
        {
            context.AddPayer(new PayerCandidate(child, payer.Weight * Evidence.ParentFactor, Because.Of((payer, child), static s => $"{s.payer.Reason}, the parent of customer {s.child}, which it may pay for")));
        }
    }
}
