namespace Receivables.Matching;

/// <summary>
/// The weights of the built-in evidence, for <see cref="MatchingOptions.Confidence"/>. A proposal's confidence is
/// 1 − Π(1 − wᵢ) over its reference, payer and amount evidence ("noisy or"), times the damping factors that apply.
/// </summary>
/// <remarks>
/// <para>Every weight and factor is in [0, 1]. The defaults were checked against the labelled synthetic data
/// (docs/matching.md); a different set must be checked against a host's own data before lines are applied
/// automatically.</para>
/// <para>Not thread-safe while being configured; the engine keeps a copy.</para>
/// </remarks>
public sealed class MatchConfidenceWeights
{
    /// <summary>Gets or sets the weight of a reference equal to an item's number or one of its further references.</summary>
    /// <value>The default value is 0.85.</value>
    public double ReferenceExact { get; set; } = 0.85;

    /// <summary>Gets or sets the weight of a reference one typo away (divided among the items it may mean).</summary>
    /// <value>The default value is 0.6.</value>
    public double ReferenceTypo { get; set; } = 0.6;

    /// <summary>Gets or sets the weight of a reference cut at the end of the text (divided among the items it may mean).</summary>
    /// <value>The default value is 0.6.</value>
    public double ReferenceTruncated { get; set; } = 0.6;

    /// <summary>Gets or sets the weight of a known payer account.</summary>
    /// <value>The default value is 0.75.</value>
    public double PayerAccount { get; set; } = 0.75;

    /// <summary>Gets or sets the weight of the payer name equal to a known name (times the similarity when only similar).</summary>
    /// <value>The default value is 0.72: with an amount equal to one open item of that customer (0.65) it reaches the
    /// default threshold for automatic application (0.902 ≥ 0.9); a name that is only similar does not (decision 357).</value>
    public double PayerName { get; set; } = 0.72;

    /// <summary>Gets or sets the weight of a customer name or customer number written in the remittance text.</summary>
    /// <value>The default value is 0.72, as for a payer name: one customer's whole name or number, unique among the
    /// customers, written in the text (decision 357).</value>
    public double PayerInText { get; set; } = 0.72;

    /// <summary>Gets or sets the weight of a host's mapping from a text pattern to the customer.</summary>
    /// <value>The default value is 0.8.</value>
    public double PayerMapping { get; set; } = 0.8;

    /// <summary>Gets or sets the weight of the factor for subsidiaries of an identified parent.</summary>
    /// <value>The default value is 0.8.</value>
    public double ParentFactor { get; set; } = 0.8;

    /// <summary>Gets or sets the weight of the customer known only because it owns a referenced item.</summary>
    /// <value>The default value is 0.4.</value>
    public double CustomerFromReference { get; set; } = 0.4;

    /// <summary>Gets or sets the weight of the amount equal to the open amount.</summary>
    /// <value>The default value is 0.65.</value>
    public double AmountExact { get; set; } = 0.65;

    /// <summary>Gets or sets the weight of the amount equal to the open amount less a valid early-payment discount.</summary>
    /// <value>The default value is 0.6.</value>
    public double AmountDiscount { get; set; } = 0.6;

    /// <summary>Gets or sets the weight of a short payment within the write-off tolerance.</summary>
    /// <value>The default value is 0.45.</value>
    public double AmountWriteOff { get; set; } = 0.45;

    /// <summary>Gets or sets the weight of a partial payment.</summary>
    /// <value>The default value is 0.2.</value>
    public double AmountPartial { get; set; } = 0.2;

    /// <summary>Gets or sets the weight of an overpayment.</summary>
    /// <value>The default value is 0.2.</value>
    public double AmountOverpaid { get; set; } = 0.2;

    /// <summary>Gets or sets the weight of the only combination of several items for the amount.</summary>
    /// <value>The default value is 0.62: with a known payer account (0.75) the only combination of that customer's
    /// items that pays the amount exactly is applied automatically (0.905); with a payer name alone it is suggested
    /// (decision 357).</value>
    public double SubsetUnique { get; set; } = 0.62;

    /// <summary>Gets or sets the weight of one of several combinations of items for the amount.</summary>
    /// <value>The default value is 0.3.</value>
    public double SubsetShared { get; set; } = 0.3;

    /// <summary>Gets or sets the weight of a guess (a partial payment of the oldest item).</summary>
    /// <value>The default value is 0.05.</value>
    public double Guess { get; set; } = 0.05;

    /// <summary>Gets or sets the weight of the factor when the identified payer is not the owner of the referenced item.</summary>
    /// <value>The default value is 0.85.</value>
    public double PayerConflictFactor { get; set; } = 0.85;

    /// <summary>Gets or sets the weight of the factor when the line pays more than the items' open amount.</summary>
    /// <value>The default value is 0.9.</value>
    public double OverpaymentFactor { get; set; } = 0.9;

    /// <summary>Gets or sets the weight of the factor when the amount fits another item of the customer better.</summary>
    /// <value>The default value is 0.85.</value>
    public double OtherItemFitsFactor { get; set; } = 0.85;

    /// <summary>Combines three pieces of independent evidence: 1 − (1 − a)(1 − b)(1 − c).</summary>
    /// <param name="a">The first weight in [0, 1].</param>
    /// <param name="b">The second weight in [0, 1].</param>
    /// <param name="c">The third weight in [0, 1].</param>
    /// <returns>The combined weight in [0, 1].</returns>
    public static double Combine(double a, double b, double c) => 1d - ((1d - a) * (1d - b) * (1d - c));

    internal void Validate(List<string> errors)
    {
        void Check(double value, string name)
        {
            if (double.IsNaN(value) || value < 0d || value > 1d)
            {
                errors.Add($"Confidence.{name} must be between 0 and 1.");
            }
        }

        Check(ReferenceExact, nameof(ReferenceExact));
        Check(ReferenceTypo, nameof(ReferenceTypo));
        Check(ReferenceTruncated, nameof(ReferenceTruncated));
        Check(PayerAccount, nameof(PayerAccount));
        Check(PayerName, nameof(PayerName));
        Check(PayerInText, nameof(PayerInText));
        Check(PayerMapping, nameof(PayerMapping));
        Check(ParentFactor, nameof(ParentFactor));
        Check(CustomerFromReference, nameof(CustomerFromReference));
        Check(AmountExact, nameof(AmountExact));
        Check(AmountDiscount, nameof(AmountDiscount));
        Check(AmountWriteOff, nameof(AmountWriteOff));
        Check(AmountPartial, nameof(AmountPartial));
        Check(AmountOverpaid, nameof(AmountOverpaid));
        Check(SubsetUnique, nameof(SubsetUnique));
        Check(SubsetShared, nameof(SubsetShared));
        Check(Guess, nameof(Guess));
        Check(PayerConflictFactor, nameof(PayerConflictFactor));
        Check(OverpaymentFactor, nameof(OverpaymentFactor));
        Check(OtherItemFitsFactor, nameof(OtherItemFitsFactor));
    }

    internal MatchConfidenceWeights Copy() => new()
    {
        ReferenceExact = ReferenceExact,
        ReferenceTypo = ReferenceTypo,
        ReferenceTruncated = ReferenceTruncated,
        PayerAccount = PayerAccount,
        PayerName = PayerName,
        PayerInText = PayerInText,
        PayerMapping = PayerMapping,
        ParentFactor = ParentFactor,
        CustomerFromReference = CustomerFromReference,
        AmountExact = AmountExact,
        AmountDiscount = AmountDiscount,
        AmountWriteOff = AmountWriteOff,
        AmountPartial = AmountPartial,
        AmountOverpaid = AmountOverpaid,
        SubsetUnique = SubsetUnique,
        SubsetShared = SubsetShared,
        Guess = Guess,
        PayerConflictFactor = PayerConflictFactor,
        OverpaymentFactor = OverpaymentFactor,
        OtherItemFitsFactor = OtherItemFitsFactor,
    };
}
