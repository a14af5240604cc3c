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
            var customers = index.CustomersByAccount(account);
            if (customers.Count == 1)
            {
                Add(context, new PayerCandidate(customers[0], Evidence.PayerAccount, $"payer account {account} known for customer {customers[0]}"));
                found = true;
            }
            else if (customers.Count > 1)
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
                Add(context, new PayerCandidate(exact[0], Evidence.PayerName, $"payer name '{name}' matches customer {exact[0]}"));
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
                    Add(context, new PayerCandidate(customers[0], Evidence.PayerName * similarity, $"payer name '{name}' similar ({Evidence.Number(similarity)}) to customer {customers[0]}"));
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
            context.AddPayer(new PayerCandidate(child, payer.Weight * Evidence.ParentFactor, $"{payer.Reason}, the parent of customer {child}, which it may pay for"));
        }
    }
}
