namespace Receivables.Matching;

/// <summary>Options of <see cref="MatchPosting"/>. Every property has a documented default.</summary>
/// <remarks>Not thread-safe while being set; the conversion reads it once.</remarks>
public sealed class MatchPostingOptions
{
    /// <summary>Put before the statement line's id to make the payment document's id.</summary>
    /// <value>The default value is the empty string: the payment's id is the line's id.</value>
    public string PaymentIdPrefix { get; set; } = string.Empty;

    /// <summary>The tax rate included in early-payment discounts (0.13 for 13 % VAT), so that the discount's tax share is
    /// posted as its own document (see <see cref="Ledger.ReceiptLine.DiscountTaxRate"/>).</summary>
    /// <value>The default value is null: the discount is posted whole.</value>
    public decimal? DiscountTaxRate { get; set; }
}
