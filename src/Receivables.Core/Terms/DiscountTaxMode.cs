namespace Receivables.Terms;

/// <summary>How an early-payment discount taken affects the tax, named after Odoo's "Cash Discount Tax Reduction"
/// (<c>early_pay_discount_computation</c>).</summary>
/// <remarks>An enum value; thread-safe.</remarks>
public enum DiscountTaxMode
{
    /// <summary>Odoo's "On early payment" (<c>included</c>, its default outside Belgium and the Netherlands) and ERPNext
    /// with "Book Tax Loss on Early Payment Discount": the discount reduces the net amount and the tax in proportion, so
    /// part of the discount is a tax correction.</summary>
    Included = 0,

    /// <summary>Odoo's "Never" (<c>excluded</c>, the Netherlands): the tax is not reduced; the whole discount is net.
    /// Odoo computes the discount on the untaxed amount (use <see cref="DiscountBase.NetOfTax"/>).</summary>
    Excluded = 1,

    /// <summary>Odoo's "Always (upon invoice)" (<c>mixed</c>, Belgium): the tax was already computed on the discounted
    /// net amount when the invoice was issued, so the discount taken at payment is net only. Odoo computes the discount on
    /// the untaxed amount (use <see cref="DiscountBase.NetOfTax"/>).</summary>
    Mixed = 2,
}
