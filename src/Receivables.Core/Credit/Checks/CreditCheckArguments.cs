using Receivables.Internal;

namespace Receivables.Credit.Checks;

/// <summary>What an <see cref="ICreditCheckRule"/> may read: the order, the exposure it is checked against (the
/// customer's or its group's) and the exposure after the order.</summary>
/// <remarks>A read-only value passed to rules so fields can be added later without breaking implementations; build one
/// with the public constructor to test a custom rule alone. <c>default</c> has no order and is never passed by the
/// library. Thread-safe.</remarks>
public readonly struct CreditCheckArguments
{
    /// <summary>Creates the arguments.</summary>
    /// <param name="order">The order being checked.</param>
    /// <param name="exposure">The exposure before the order: the customer's, or its group's.</param>
    /// <param name="isGroup">Whether <paramref name="exposure"/> is the group's.</param>
    /// <exception cref="ArgumentNullException"><paramref name="order"/> or <paramref name="exposure"/> is null.</exception>
    /// <exception cref="CurrencyMismatchException">The order is in another currency than the exposure.</exception>
    public CreditCheckArguments(CreditOrder order, CreditExposure exposure, bool isGroup = false)
    {
        Order = Guard.NotNull(order);
        Exposure = Guard.NotNull(exposure);
        IsGroup = isGroup;
        ExposureAfter = exposure.Total + order.Amount;
    }

    /// <summary>Gets the order being checked.</summary>
    public CreditOrder Order { get; }

    /// <summary>Gets the exposure before the order, with its limit and overdue figures.</summary>
    public CreditExposure Exposure { get; }

    /// <summary>Gets a value indicating whether <see cref="Exposure"/> is the group's rather than the customer's.</summary>
    public bool IsGroup { get; }

    /// <summary>Gets the exposure after the order: open receivables + open orders + this order.</summary>
    public Money ExposureAfter { get; }
}
