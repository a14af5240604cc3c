using Receivables.Internal;

namespace Receivables.Terms.Billing;

/// <summary>
/// An upgrade or downgrade: from <see cref="EffectiveDate"/> (inclusive) the contract costs <see cref="NewPrice"/> per
/// billing period. Apply it with <see cref="BillingContract.Change(ContractChange)"/>.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ContractChange
{
    /// <summary>Creates a change.</summary>
    /// <param name="effectiveDate">The first day at the new price.</param>
    /// <param name="newPrice">The new price per full billing period: positive and rounded to its currency's minor units.</param>
    /// <exception cref="ArgumentException"><paramref name="newPrice"/> has no currency or is not rounded.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="newPrice"/> is not positive.</exception>
    public ContractChange(DateOnly effectiveDate, Money newPrice)
    {
        EffectiveDate = effectiveDate;
        NewPrice = BillingContract.CheckPrice(newPrice, nameof(newPrice));
    }

    /// <summary>Gets the first day at the new price.</summary>
    public DateOnly EffectiveDate { get; }

    /// <summary>Gets the new price per full billing period.</summary>
    public Money NewPrice { get; }

    /// <summary>Returns <c>2026-03-10: 1500.00 CNY</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{EffectiveDate:yyyy-MM-dd}: {NewPrice}";
}
