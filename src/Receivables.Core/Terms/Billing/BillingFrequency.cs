using System.Globalization;
using Receivables.Internal;

namespace Receivables.Terms.Billing;

/// <summary>
/// How often a contract is billed: every <see cref="Months"/> months (monthly, quarterly, half-yearly, yearly, or any
/// number of months from 1 to 120).
/// </summary>
/// <remarks>An immutable value type; thread-safe. <c>default(BillingFrequency)</c> is <see cref="Monthly"/>. Two
/// frequencies are equal when their month counts are equal; they order by length.</remarks>
public readonly struct BillingFrequency : IEquatable<BillingFrequency>, IComparable<BillingFrequency>
{
    /// <summary>The largest number of months a frequency may have (ten years).</summary>
    public const int MaxMonths = 120;

    // Stored as months − 1 so that default(BillingFrequency) is monthly, not an invalid zero-month period.
    private readonly int _monthsMinusOne;

    private BillingFrequency(int months) => _monthsMinusOne = months - 1;

    /// <summary>Gets the number of months in one billing period, 1 to <see cref="MaxMonths"/>.</summary>
    public int Months => _monthsMinusOne + 1;

    /// <summary>Gets the frequency "every month".</summary>
    public static BillingFrequency Monthly => new(1);

    /// <summary>Gets the frequency "every three months".</summary>
    public static BillingFrequency Quarterly => new(3);

    /// <summary>Gets the frequency "every six months".</summary>
    public static BillingFrequency HalfYearly => new(6);

    /// <summary>Gets the frequency "every twelve months".</summary>
    public static BillingFrequency Yearly => new(12);

    /// <summary>Returns the frequency "every <paramref name="months"/> months".</summary>
    /// <param name="months">Months per period, 1 to <see cref="MaxMonths"/>.</param>
    /// <returns>The frequency.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="months"/> is not in 1..<see cref="MaxMonths"/>.</exception>
    public static BillingFrequency EveryMonths(int months) => new(Guard.InRange(months, 1, MaxMonths));

    /// <inheritdoc />
    public bool Equals(BillingFrequency other) => _monthsMinusOne == other._monthsMinusOne;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is BillingFrequency other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _monthsMinusOne;

    /// <inheritdoc />
    public int CompareTo(BillingFrequency other) => _monthsMinusOne.CompareTo(other._monthsMinusOne);

    /// <summary>Returns <c>Monthly</c>, <c>Quarterly</c>, <c>HalfYearly</c>, <c>Yearly</c> or <c>Every N months</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Months switch
    {
        1 => "Monthly",
        3 => "Quarterly",
        6 => "HalfYearly",
        12 => "Yearly",
        var n => "Every " + n.ToString(CultureInfo.InvariantCulture) + " months",
    };

    /// <summary>Compares two frequencies for equality.</summary>
    /// <param name="left">The first frequency.</param>
    /// <param name="right">The second frequency.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(BillingFrequency left, BillingFrequency right) => left.Equals(right);

    /// <summary>Compares two frequencies for inequality.</summary>
    /// <param name="left">The first frequency.</param>
    /// <param name="right">The second frequency.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(BillingFrequency left, BillingFrequency right) => !left.Equals(right);

    /// <summary>Returns whether <paramref name="left"/> is shorter than <paramref name="right"/>.</summary>
    /// <param name="left">The first frequency.</param>
    /// <param name="right">The second frequency.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(BillingFrequency left, BillingFrequency right) => left.CompareTo(right) < 0;

    /// <summary>Returns whether <paramref name="left"/> is longer than <paramref name="right"/>.</summary>
    /// <param name="left">The first frequency.</param>
    /// <param name="right">The second frequency.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(BillingFrequency left, BillingFrequency right) => left.CompareTo(right) > 0;

    /// <summary>Returns whether <paramref name="left"/> is shorter than or as long as <paramref name="right"/>.</summary>
    /// <param name="left">The first frequency.</param>
    /// <param name="right">The second frequency.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(BillingFrequency left, BillingFrequency right) => left.CompareTo(right) <= 0;

    /// <summary>Returns whether <paramref name="left"/> is longer than or as long as <paramref name="right"/>.</summary>
    /// <param name="left">The first frequency.</param>
    /// <param name="right">The second frequency.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(BillingFrequency left, BillingFrequency right) => left.CompareTo(right) >= 0;
}
