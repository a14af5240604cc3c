using System.Globalization;
using Receivables.Internal;

namespace Receivables.Matching;

/// <summary>
/// Settings of a <see cref="MatchingEngine"/>. Validated once by <see cref="MatchingEngine.Create"/> (all errors
/// reported together) and copied: later changes to this object do not affect an engine already built.
/// </summary>
/// <remarks>Not thread-safe while being configured; an engine built from it is.</remarks>
public sealed class MatchingOptions
{
    /// <summary>Gets or sets the rules, in the order they run.</summary>
    /// <value>The default value is <see cref="MatchRules.Default"/>: referenced items, amounts within the customer,
    /// several items. Payers and references are found before the rules run.</value>
    public IList<IMatchRule> Rules { get; set; } = [.. MatchRules.Default];

    /// <summary>Gets or sets the document-number shapes to look for.</summary>
    /// <value>The default value is <c>INV</c> + 3 or more digits, 8-digit and 20-digit numbers.</value>
    public IList<ReferencePattern> ReferencePatterns { get; set; } =
        [ReferencePattern.Prefixed("INV"), ReferencePattern.DigitRun(8), ReferencePattern.DigitRun(20)];

    /// <summary>Gets or sets the legal-form words removed from names before they are compared (case and
    /// full-width forms do not matter; entries with Chinese or Japanese characters are removed wherever they end
    /// or start the name).</summary>
    /// <value>The default value is a list of common forms: Ltd, Limited, LLC, Inc, Corp, Co, GmbH, AG, KG, SA, SAS,
    /// SARL, SpA, Srl, BV, NV, PLC, Pty, Oy, AB, KK, 有限公司, 股份有限公司, 有限责任公司, 株式会社, 公司.</value>
    public IList<string> LegalForms { get; set; } =
    [
        "ltd", "limited", "llc", "inc", "incorporated", "corp", "corporation", "co", "company", "gmbh", "ag", "kg",
        "ohg", "se", "sa", "sas", "sarl", "spa", "srl", "bv", "nv", "plc", "pty", "oy", "ab", "kk",
        "股份有限公司", "有限责任公司", "有限公司", "株式会社", "公司",
    ];

    /// <summary>Gets or sets the lowest confidence that is applied without review.</summary>
    /// <value>The default value is 0.9.</value>
    public double AutoApplyThreshold { get; set; } = 0.9;

    /// <summary>Gets or sets the lowest confidence of the <see cref="ConfidenceBand.Medium"/> band.</summary>
    /// <value>The default value is 0.6.</value>
    public double MediumConfidence { get; set; } = 0.6;

    /// <summary>Gets or sets the lowest confidence that is still suggested; below it a line is unmatched.</summary>
    /// <value>The default value is 0.2.</value>
    public double SuggestionThreshold { get; set; } = 0.2;

    /// <summary>Gets or sets how close (in confidence) two different proposals must be to count as fitting equally
    /// well; then nothing is applied automatically.</summary>
    /// <value>The default value is 0.01.</value>
    public double AmbiguityMargin { get; set; } = 0.01;

    /// <summary>Gets or sets the lowest name similarity (Dice coefficient of character pairs, 0 to 1) that
    /// identifies a payer by name.</summary>
    /// <value>The default value is 0.85.</value>
    public double NameSimilarityThreshold { get; set; } = 0.85;

    /// <summary>Gets or sets the largest short payment (in major units of the line's currency) proposed as a
    /// write-off, such as bank fees; the percentage limit applies as well.</summary>
    /// <value>The default value is 25.</value>
    public decimal WriteOffToleranceAmount { get; set; } = 25m;

    /// <summary>Gets or sets the largest short payment as a fraction of the amount due (0.02 = 2 %); the
    /// absolute limit applies as well (the lower of the two limits counts).</summary>
    /// <value>The default value is 0.02.</value>
    public decimal WriteOffTolerancePercent { get; set; } = 0.02m;

    /// <summary>Gets or sets per-currency absolute write-off limits that replace
    /// <see cref="WriteOffToleranceAmount"/> (for example 5000 for JPY).</summary>
    /// <value>The default value is empty.</value>
    public IDictionary<Currency, decimal> WriteOffToleranceByCurrency { get; set; } = new Dictionary<Currency, decimal>();

    /// <summary>Gets or sets the shortest normalised reference for which one typo or truncation is tolerated.</summary>
    /// <value>The default value is 6.</value>
    public int MinFuzzyReferenceLength { get; set; } = 6;

    /// <summary>Gets or sets how many leading characters of a remittance text are scanned; longer texts are cut.</summary>
    /// <value>The default value is 4096.</value>
    public int MaxRemittanceLength { get; set; } = 4096;

    /// <summary>Gets or sets how many of a customer's oldest open items the several-items search considers.</summary>
    /// <value>The default value is 20.</value>
    public int MaxSubsetItems { get; set; } = 20;

    /// <summary>Gets or sets the most items one payment is matched to by amount alone.</summary>
    /// <value>The default value is 8.</value>
    public int MaxSubsetSize { get; set; } = 8;

    /// <summary>Gets or sets the search budget (steps) of the several-items search per line and customer: each partial
    /// subset the depth-first search reaches counts one step, and the search stops after this many.</summary>
    /// <value>The default value is 4,000.</value>
    public int MaxSubsetSteps { get; set; } = 4_000;

    /// <summary>Gets or sets the host's mappings from texts to customers; each match identifies its customer with
    /// <see cref="MatchConfidenceWeights.PayerMapping"/>, after the account and name.</summary>
    /// <value>The default value is empty.</value>
    public IList<PayerMapping> PayerMappings { get; set; } = [];

    /// <summary>Gets or sets the customer ids the index knows that, written in the remittance text (ignoring case and
    /// separators), identify the customer with <see cref="MatchConfidenceWeights.PayerInText"/>. Customer ids shorter
    /// than four characters are never looked for.</summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool CustomerNumbersInText { get; set; } = true;

    /// <summary>Gets or sets whether a known customer name written in the remittance text identifies the payer (with
    /// <see cref="MatchConfidenceWeights.PayerInText"/>) when neither account, payer name, mapping nor customer number
    /// did. Only a stretch of up to four words equal to one customer's normalised name counts, and only when it names
    /// a single customer (decision 357).</summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool PayerNamesInText { get; set; } = true;

    /// <summary>Gets or sets whether the amount rule guesses a partial payment of the customer's oldest item when no
    /// open amount fits (only ever suggested). Set to <see langword="false"/> for Odoo's convention: no partial
    /// guesses, the line stays unmatched (its customer named).</summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool GuessPartialPayments { get; set; } = true;

    /// <summary>Gets or sets how short payments are named and treated when no valid discount or write-off explains them
    /// (for customers without an entry in <see cref="DeductionsByCustomer"/>).</summary>
    /// <value>The default value is a <see cref="DeductionPolicy"/> with its documented defaults (every kind named and
    /// left open, applied automatically like any partial payment).</value>
    public DeductionPolicy Deductions { get; set; } = new();

    /// <summary>Gets or sets per-customer deduction policies (a segment: give its customers the same policy).</summary>
    /// <value>The default value is empty.</value>
    public IDictionary<CustomerId, DeductionPolicy> DeductionsByCustomer { get; set; } = new Dictionary<CustomerId, DeductionPolicy>();

    /// <summary>Gets or sets what happens to a line that pays more than the items it names.</summary>
    /// <value>The default value is <see cref="OverpaymentHandling.Suggest"/>: never applied automatically.</value>
    public OverpaymentHandling Overpayments { get; set; } = OverpaymentHandling.Suggest;

    /// <summary>Gets or sets how conflicts across lines are resolved: which line takes an item two lines claim.</summary>
    /// <value>The default value is <see cref="MatchConflictPolicies.HighestConfidenceFirst"/> (the most certain line
    /// first, ties by line id).</value>
    public IMatchConflictPolicy ConflictPolicy { get; set; } = MatchConflictPolicies.Default;

    /// <summary>Gets or sets the weights of the built-in evidence and the damping factors.</summary>
    /// <value>The default value is a <see cref="MatchConfidenceWeights"/> with its documented defaults.</value>
    public MatchConfidenceWeights Confidence { get; set; } = new();

    internal MatchingOptions Validate()
    {
        var errors = new List<string>();
        void Check(bool ok, string message)
        {
            if (!ok)
            {
                errors.Add(message);
            }
        }

        static bool Unit(double x) => !double.IsNaN(x) && x >= 0d && x <= 1d;
        Check(Rules is not null && Rules.All(r => r is not null), "Rules must not be null or contain null.");
        Check(ReferencePatterns is not null && ReferencePatterns.All(r => r is not null), "ReferencePatterns must not be null or contain null.");
        Check(LegalForms is not null && LegalForms.All(f => !string.IsNullOrWhiteSpace(f)), "LegalForms must not be null or contain blanks.");
        Check(Unit(AutoApplyThreshold), "AutoApplyThreshold must be between 0 and 1.");
        Check(Unit(MediumConfidence) && MediumConfidence <= AutoApplyThreshold, "MediumConfidence must be between 0 and AutoApplyThreshold.");
        Check(Unit(SuggestionThreshold) && SuggestionThreshold <= AutoApplyThreshold, "SuggestionThreshold must be between 0 and AutoApplyThreshold.");
        Check(Unit(AmbiguityMargin), "AmbiguityMargin must be between 0 and 1.");
        Check(Unit(NameSimilarityThreshold) && NameSimilarityThreshold > 0d, "NameSimilarityThreshold must be greater than 0 and at most 1.");
        Check(WriteOffToleranceAmount >= 0m, "WriteOffToleranceAmount must not be negative.");
        Check(WriteOffTolerancePercent >= 0m && WriteOffTolerancePercent < 1m, "WriteOffTolerancePercent must be from 0 to below 1.");
        Check(WriteOffToleranceByCurrency is not null && WriteOffToleranceByCurrency.All(p => !p.Key.IsDefault && p.Value >= 0m), "WriteOffToleranceByCurrency must not be null and holds non-negative limits of real currencies.");
        Check(MinFuzzyReferenceLength is >= 3 and <= 100, "MinFuzzyReferenceLength must be between 3 and 100.");
        Check(MaxRemittanceLength is >= 16 and <= 1_000_000, "MaxRemittanceLength must be between 16 and 1,000,000.");
        Check(MaxSubsetItems is >= 0 and <= 64, "MaxSubsetItems must be between 0 and 64.");
        Check(MaxSubsetSize is >= 2 and <= 64, "MaxSubsetSize must be between 2 and 64.");
        Check(MaxSubsetSteps is >= 0 and <= 10_000_000, "MaxSubsetSteps must be between 0 and 10,000,000.");
        Check(Confidence is not null, "Confidence must not be null.");
        Check(ConflictPolicy is not null, "ConflictPolicy must not be null.");
        Check(Enum.IsDefined(Overpayments), "Overpayments must be a defined OverpaymentHandling.");
        Check(Deductions is not null, "Deductions must not be null.");
        Deductions?.Validate("Deductions", errors);
        Check(DeductionsByCustomer is not null && DeductionsByCustomer.Values.All(p => p is not null), "DeductionsByCustomer must not be null or hold null.");
        foreach (var (customer, policy) in DeductionsByCustomer ?? new Dictionary<CustomerId, DeductionPolicy>())
        {
            policy?.Validate(string.Create(CultureInfo.InvariantCulture, $"DeductionsByCustomer[{customer}]"), errors);
        }

        Check(PayerMappings is not null && PayerMappings.All(m => m is not null), "PayerMappings must not be null or contain null.");
        Confidence?.Validate(errors);
        if (errors.Count > 0)
        {
            throw new ArgumentException("Invalid matching options: " + string.Join(" ", errors), "options");
        }

        return new MatchingOptions
        {
            Rules = [.. Rules!],
            ReferencePatterns = [.. ReferencePatterns!],
            LegalForms = [.. LegalForms!],
            AutoApplyThreshold = AutoApplyThreshold,
            MediumConfidence = MediumConfidence,
            SuggestionThreshold = SuggestionThreshold,
            AmbiguityMargin = AmbiguityMargin,
            NameSimilarityThreshold = NameSimilarityThreshold,
            WriteOffToleranceAmount = WriteOffToleranceAmount,
            WriteOffTolerancePercent = WriteOffTolerancePercent,
            WriteOffToleranceByCurrency = new Dictionary<Currency, decimal>(WriteOffToleranceByCurrency!),
            MinFuzzyReferenceLength = MinFuzzyReferenceLength,
            MaxRemittanceLength = MaxRemittanceLength,
            MaxSubsetItems = MaxSubsetItems,
            MaxSubsetSize = MaxSubsetSize,
            MaxSubsetSteps = MaxSubsetSteps,
            Confidence = Confidence!.Copy(),
            GuessPartialPayments = GuessPartialPayments,
            PayerMappings = [.. PayerMappings!],
            CustomerNumbersInText = CustomerNumbersInText,
            PayerNamesInText = PayerNamesInText,
            ConflictPolicy = ConflictPolicy!,
            Overpayments = Overpayments,
            Deductions = Deductions!.Copy(),
            DeductionsByCustomer = DeductionsByCustomer!.ToDictionary(p => p.Key, p => p.Value.Copy()),
        };
    }

    /// <summary>Gets the write-off tolerance of an amount due: the lower of the currency's absolute limit
    /// (<see cref="WriteOffToleranceByCurrency"/>, else <see cref="WriteOffToleranceAmount"/>) and
    /// <see cref="WriteOffTolerancePercent"/> of the amount, rounded towards zero to the minor unit.</summary>
    /// <param name="due">The amount due.</param>
    /// <returns>The largest short payment that may be written off, in the amount's currency.</returns>
    public Money Tolerance(Money due) => new(Math.Min(AbsoluteTolerance(due.Currency), PercentTolerance(due)), due.Currency);

    /// <summary>Whether a short payment is within <see cref="Tolerance"/> of the amount due; the percentage is only
    /// computed when the absolute limit allows.</summary>
    /// <summary>Returns whether a short payment is within <see cref="Tolerance"/> of the amount due.</summary>
    /// <param name="shortBy">How much less than due was paid.</param>
    /// <param name="due">The amount due.</param>
    /// <returns><see langword="true"/> when it may be written off.</returns>
    /// <exception cref="CurrencyMismatchException">The amounts are in different currencies.</exception>
    public bool WithinTolerance(Money shortBy, Money due)
    {
        if (shortBy.Currency != due.Currency)
        {
            throw new CurrencyMismatchException(shortBy.Currency, due.Currency);
        }

        return WithinTolerance(shortBy.Amount, due);
    }

    internal bool WithinTolerance(decimal shortBy, Money due)
        => shortBy <= AbsoluteTolerance(due.Currency) && shortBy <= PercentTolerance(due);

    internal decimal AbsoluteTolerance(Currency currency)
        => WriteOffToleranceByCurrency.Count > 0 && WriteOffToleranceByCurrency.TryGetValue(currency, out var limit) ? limit : WriteOffToleranceAmount;

    private decimal PercentTolerance(Money due)
        => decimal.Round(due.Amount * WriteOffTolerancePercent, due.Currency.MinorUnits, MidpointRounding.ToZero);

    /// <summary>The deduction policy of a customer: its own entry, else <see cref="Deductions"/>.</summary>
    internal DeductionPolicy DeductionsFor(CustomerId customer)
        => DeductionsByCustomer.Count > 0 && DeductionsByCustomer.TryGetValue(customer, out var policy) ? policy : Deductions;

    internal static MatchingOptions Checked(MatchingOptions? options) => (options ?? new MatchingOptions()).Validate();

}
