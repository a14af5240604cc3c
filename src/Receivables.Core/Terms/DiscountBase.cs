namespace Receivables.Terms;

/// <summary>The amount an early-payment discount percentage is applied to.</summary>
/// <remarks>An enum value; thread-safe.</remarks>
public enum DiscountBase
{
    /// <summary>The installment's gross amount (tax included), the default.</summary>
    Gross = 0,

    /// <summary>The installment's amount net of its share of the tax supplied by the caller.</summary>
    NetOfTax = 1,
}
