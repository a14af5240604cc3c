namespace Receivables.Matching;

/// <summary>Identifies the payer: a known account first; else the name after normalisation, equal or similar above the
/// threshold; a tie identifies nobody; then mappings and customer numbers in the text, and (an option), when nothing
/// identified a payer, a known customer name written in the text. Subsidiaries of an identified parent become candidates too.</summary>
internal static class PayerIdentificationRule
{
    public static void Apply(MatchContext context)
    {
        FromAccountAndName(context);
        NamesInText(context);
    }

    private static void FromAccountAndName(MatchContext context)
    {
        var line = context.Line;
        var index = context.Index;
        var found = false;
        if (line.PayerAccount is { } account)
        {
            var customers = context.AccountCustomers;
            if (customers.Length == 1)
            {
                var (customer, number) = customers[0];
                Add(context, new PayerRow(customer, context.Options.Confidence.PayerAccount, PayerAccountReason(context, account, customer)));
                context.Remember(customer, number);
                found = true;
            }
            else if (customers.Length > 1)
            {
                context.Note(MatchingReasonCodes.PayerAccountAmbiguous.Of(account, string.Join(", ", customers.ToArray().Select(c => c.Customer))));
            }
        }

        FromTexts(context);
        if (!found && line.PayerName is { } name)
        {
            // Normalised on the stack and looked up as a span: no string per line.
            Span<char> buffers = name.Length <= 256 ? stackalloc char[2 * name.Length] : new char[2 * name.Length];
            var (at, length) = MatchText.NormalizeName(name, buffers, index.Forms);
            ReadOnlySpan<char> normalized = buffers.Slice(at, length);
            if (normalized.Length == 0)
            {
                return;
            }

            var exact = index.CustomersByNormalizedName(normalized);
            if (exact.Length == 1)
            {
                Add(context, new PayerRow(exact[0], context.Options.Confidence.PayerName, MatchingReasonCodes.PayerName.Of(name, exact[0])));
            }
            else if (exact.Length > 1)
            {
                context.Note(MatchingReasonCodes.PayerNameAmbiguous.Of(name, string.Join(", ", exact.ToArray())));
            }
            else if (index.ProfileCount > 0)
            {
                var (similarity, customers) = index.MostSimilarNames(normalized, context.Options.NameSimilarityThreshold);
                if (customers.Count == 1)
                {
                    Add(context, new PayerRow(customers[0], context.Options.Confidence.PayerName * similarity, MatchingReasonCodes.PayerNameSimilar.Of(name, Math.Round(similarity, 2), customers[0])));
                }
                else if (customers.Count > 1)
                {
                    context.Note(MatchingReasonCodes.PayerNameAmbiguous.Of(name, string.Join(", ", customers)));
                }
            }
        }
    }

    /// <summary>The reason that the line's account names the customer: the previous line's when it gave the same
    /// account text and customer (equal by value, so one object serves both), else a new one.</summary>
    private static Reason PayerAccountReason(MatchContext context, string account, CustomerId customer)
    {
        if (context.LastPayerAccount is { } last && last.Customer == customer && string.Equals(last.Account, account, StringComparison.Ordinal))
        {
            return last.Reason;
        }

        var reason = MatchingReasonCodes.PayerAccount.Of(account, customer);
        context.LastPayerAccount = (account, customer, reason);
        return reason;
    }

    /// <summary>The host's mappings and customer numbers written in the text: each customer found adds a candidate
    /// (once, and not when the account or name identified it already).</summary>
    private static void FromTexts(MatchContext context)
    {
        var line = context.Line;
        var weights = context.Options.Confidence;
        // Indexed: a foreach over the options' list would box its enumerator for every line.
        var mappings = context.Options.PayerMappings;
        for (var m = 0; m < mappings.Count; m++)
        {
            var mapping = mappings[m];
            if (context.PayerWeight(mapping.Customer) <= 0d && mapping.Matches(line))
            {
                Add(context, new PayerRow(mapping.Customer, weights.PayerMapping, MatchingReasonCodes.PayerMapping.Of(mapping.Pattern, mapping.Customer)));
            }
        }

        if (context.Options.CustomerNumbersInText && line.RemittanceText is { } text)
        {
            foreach (var (customer, written) in context.Index.CustomersWrittenIn(text, context.Options.MaxRemittanceLength, context.Runs))
            {
                if (context.PayerWeight(customer) <= 0d)
                {
                    Add(context, new PayerRow(customer, weights.PayerInText, MatchingReasonCodes.PayerInText.Of(customer, written)));
                }
            }
        }
    }

    /// <summary>Names of known customers written in the remittance text (a payer that pays through another account,
    /// a bank that sends no payer name): each customer found adds a candidate with
    /// <see cref="MatchConfidenceWeights.PayerInText"/>, only when nothing else identified a payer.</summary>
    private static void NamesInText(MatchContext context)
    {
        if (!context.Options.PayerNamesInText || context.PayerList.Count > 0 || context.Line.RemittanceText is not { } text || context.Index.ProfileCount == 0)
        {
            return;
        }

        var named = context.Index.CustomersNamedIn(text, context.Options.MaxRemittanceLength, context.Runs);
        if (named.Count == 1)
        {
            var (customer, written) = named[0];
            Add(context, new PayerRow(customer, context.Options.Confidence.PayerInText, MatchingReasonCodes.PayerInText.Of(customer, written)));
        }
    }

    private static void Add(MatchContext context, PayerRow payer)
    {
        context.AddPayer(payer.Customer, payer.Weight, payer.Reason);
        foreach (var child in context.Index.SubsidiariesOf(payer.Customer))
        {
            context.AddPayer(child, payer.Weight * context.Options.Confidence.ParentFactor, MatchingReasonCodes.PayerParent.Of(payer.Reason, child));
        }
    }
}
