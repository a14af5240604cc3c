namespace Receivables.Matching;

/// <summary>
/// How a customer's short payments are named and treated (<see cref="MatchingOptions.Deductions"/>, per customer
/// <see cref="MatchingOptions.DeductionsByCustomer"/>). When a line pays less than the items it settles and neither a
/// valid early-payment discount nor the write-off tolerance explains it, the shortfall is named, in this order: an
/// <see cref="DeductionKind.UnearnedDiscount"/>, <see cref="DeductionKind.BankCharges"/>, a
/// <see cref="DeductionKind.ShortPayment"/>; a larger shortfall is a partial payment.
/// </summary>
/// <remarks>Not thread-safe while being configured; the engine keeps a copy.</remarks>
public sealed class DeductionPolicy
{
    /// <summary>Gets or sets the rule for unearned early-payment discounts (an offer whose pay-by date had passed, or a
    /// usual rate of <see cref="UnearnedDiscountRates"/> when none was offered).</summary>
    /// <value>The default value leaves the rest open, up to 10 % of the amount due and 1,000,000 major units, and
    /// allows automatic application.</value>
    public DeductionRule UnearnedDiscount { get; set; } = new(DeductionTreatment.LeaveOpen, 1_000_000m, 0.10m);

    /// <summary>Gets or sets the rule for bank charges above the write-off tolerance.</summary>
    /// <value>The default value leaves the rest open, up to 50 major units and 5 % of the amount due, and allows
    /// automatic application.</value>
    public DeductionRule BankCharges { get; set; } = new(DeductionTreatment.LeaveOpen, 50m, 0.05m);

    /// <summary>Gets or sets the rule for other short payments.</summary>
    /// <value>The default value leaves the rest open, up to 10 % of the amount due and 1,000,000 major units, and
    /// allows automatic application.</value>
    public DeductionRule ShortPayment { get; set; } = new(DeductionTreatment.LeaveOpen, 1_000_000m, 0.10m);

    /// <summary>Gets or sets the discount rates (0.02 = 2 %) a shortfall is compared with when no discount was offered:
    /// a shortfall equal to one of them times the amount due (rounded to the minor unit) is an unearned discount.</summary>
    /// <value>The default value is 2 % and 3 %.</value>
    public IList<decimal> UnearnedDiscountRates { get; set; } = [0.02m, 0.03m];

    internal void Validate(string name, List<string> errors)
    {
        if (UnearnedDiscount is null || BankCharges is null || ShortPayment is null)
        {
            errors.Add($"{name}: UnearnedDiscount, BankCharges and ShortPayment must not be null.");
        }

        if (UnearnedDiscountRates is null || UnearnedDiscountRates.Any(r => r is <= 0m or >= 1m))
        {
            errors.Add($"{name}: UnearnedDiscountRates must not be null and holds rates above 0 and below 1.");
        }
    }

    internal DeductionPolicy Copy() => new()
    {
        UnearnedDiscount = UnearnedDiscount,
        BankCharges = BankCharges,
        ShortPayment = ShortPayment,
        UnearnedDiscountRates = [.. UnearnedDiscountRates],
    };

    internal DeductionRule Rule(DeductionKind kind) => kind switch
    {
        DeductionKind.UnearnedDiscount => UnearnedDiscount,
        DeductionKind.BankCharges => BankCharges,
        _ => ShortPayment,
    };
}
