using System.Collections.Immutable;

namespace Receivables.Matching;

/// <summary>The built-in matching rules, for <see cref="MatchingOptions.Rules"/>. Leave one out to disable it,
/// reorder them, or insert your own <see cref="IMatchRule"/> anywhere.</summary>
/// <remarks>The rules are stateless and thread-safe.</remarks>
public static class MatchRules
{
    /// <summary>Gets the payer identification rule: a known payer account identifies the customer; else the payer
    /// name after normalisation (case, punctuation, full-width forms, legal forms) equal to a known name, or similar
    /// above <see cref="MatchingOptions.NameSimilarityThreshold"/>; a tie identifies nobody. Subsidiaries of an
    /// identified parent become candidates with 80 % of its weight.</summary>
    public static IMatchRule PayerIdentification { get; } = new PayerIdentificationRule();

    /// <summary>Gets the reference extraction rule: finds <see cref="MatchingOptions.ReferencePatterns"/> in the
    /// remittance text and the end-to-end reference, including lists (<c>INV-1001/1002</c>, comma lists).</summary>
    public static IMatchRule ReferenceExtraction { get; } = new ReferenceExtractionRule();

    /// <summary>Gets the reference lookup rule: exact; else one typo for references of
    /// <see cref="MatchingOptions.MinFuzzyReferenceLength"/> or more; else truncated when the reference ends the text.
    /// Pure digit runs are matched fuzzily only among the identified payer's items (fapiao numbers are dense).</summary>
    public static IMatchRule ReferenceLookup { get; } = new ReferenceLookupRule();

    /// <summary>Gets the referenced-items rule: settles the referenced items with the line amount (exact, discount
    /// taken, write-off within tolerance, partial, overpayment).</summary>
    public static IMatchRule ReferencedItems { get; } = new ReferencedItemsRule();

    /// <summary>Gets the amount rule within candidate customers: exact unique open amount, discount taken, short
    /// payment within tolerance; else overpayment of the whole account or a partial payment of the oldest item.</summary>
    public static IMatchRule AmountWithinCustomer { get; } = new CustomerAmountRule();

    /// <summary>Gets the several-items rule: a bounded subset-sum search among the candidate customer's open items.</summary>
    public static IMatchRule SeveralItems { get; } = new SeveralItemsRule();

    /// <summary>Gets the default pipeline, in order.</summary>
    public static ImmutableArray<IMatchRule> Default { get; } =
        [PayerIdentification, ReferenceExtraction, ReferenceLookup, ReferencedItems, AmountWithinCustomer, SeveralItems];
}
