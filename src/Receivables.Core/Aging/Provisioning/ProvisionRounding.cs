using System.Globalization;
using Receivables.Internal;

namespace Receivables.Aging.Provisioning;

/// <summary>
/// How a <see cref="ProvisionMatrix"/> rounds: the loss rates before they are multiplied (unrounded by default, or to a
/// number of decimals of a percent), the allowances to the currency's minor unit (half away from zero by default, or
/// half to even, truncation, …), and where that happens (each line, or the total once with the split adding up).
/// </summary>
/// <remarks>
/// <para>Every rounding goes through the library's one mechanism, <see cref="IRoundingPolicy"/>
/// (<see cref="RoundingPolicies"/>); every split through <see cref="IRemainderPolicy"/>. Whatever the options, the lines
/// of a provision section add up to its total to the minor unit.</para>
/// <para>The conventions side by side (docs/aging.md, decision 208):</para>
/// <list type="bullet">
/// <item><description><see cref="Default"/>: rates unrounded, each line rounded half away from zero, total = Σ lines
/// (IFRS 9 IE Example 12; IFRScommunity.com Entity A: 27,567).</description></item>
/// <item><description>Rates shown in the matrix used as printed: <c>Rate = RatePercentDecimals(1)</c> (8.6957 % → 8.7 %;
/// IFRScommunity.com Entity A then gives 27,570).</description></item>
/// <item><description>Truncation: <c>Amount = RoundingPolicies.TowardsZero</c> and/or
/// <c>RatePercentDecimals(n, MidpointRounding.ToZero)</c>; banker's rounding: <c>RoundingPolicies.HalfToEven</c>.</description></item>
/// <item><description>One rounding of the total: <see cref="ProvisionRoundingLevel.TotalOnce"/>, split by largest
/// remainder by default.</description></item>
/// </list>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class ProvisionRounding
{
    private ProvisionRounding(IRoundingPolicy? rate, IRoundingPolicy amount, ProvisionRoundingLevel level, IRemainderPolicy split)
    {
        Rate = rate;
        Amount = amount;
        Level = level;
        Split = split;
    }

    /// <summary>Gets the default convention: rates unrounded, each line's allowance rounded half away from zero to the
    /// minor unit, the total the sum of the lines (<see cref="ProvisionRoundingLevel.EachLine"/>).</summary>
    public static ProvisionRounding Default { get; } = new(null, RoundingPolicies.Default, ProvisionRoundingLevel.EachLine, RemainderPolicies.Default);

    /// <summary>Gets the rounding of each loss rate before it is multiplied, or null when rates are used exactly.</summary>
    /// <value>The default value is null (unrounded).</value>
    public IRoundingPolicy? Rate { get; }

    /// <summary>Gets the rounding of allowances to the currency's minor unit.</summary>
    /// <value>The default value is <see cref="RoundingPolicies.HalfAwayFromZero"/>.</value>
    public IRoundingPolicy Amount { get; }

    /// <summary>Gets where the allowance is rounded.</summary>
    /// <value>The default value is <see cref="ProvisionRoundingLevel.EachLine"/>.</value>
    public ProvisionRoundingLevel Level { get; }

    /// <summary>Gets how a total rounded once is split over the lines (used with <see cref="ProvisionRoundingLevel.TotalOnce"/> only).</summary>
    /// <value>The default value is <see cref="RemainderPolicies.LargestRemainder"/>.</value>
    public IRemainderPolicy Split { get; }

    /// <summary>Creates a rounding convention; every argument left out takes its default.</summary>
    /// <param name="amount">The rounding of allowances. The default value is <see cref="RoundingPolicies.HalfAwayFromZero"/>.
    /// It must give whole minor units when used with <see cref="ProvisionRoundingLevel.TotalOnce"/> (the split refuses
    /// anything else).</param>
    /// <param name="level">Where allowances are rounded. The default value is <see cref="ProvisionRoundingLevel.EachLine"/>.</param>
    /// <param name="rate">The rounding of each loss rate before multiplying, such as <see cref="RatePercentDecimals"/>; the
    /// rounded rate is kept within 0 to 1. The default value is null (rates unrounded).</param>
    /// <param name="split">How a total rounded once is split. The default value is <see cref="RemainderPolicies.LargestRemainder"/>.</param>
    /// <returns>The convention.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is undefined.</exception>
    public static ProvisionRounding Create(IRoundingPolicy? amount = null, ProvisionRoundingLevel level = ProvisionRoundingLevel.EachLine, IRoundingPolicy? rate = null, IRemainderPolicy? split = null)
        => new(rate, amount ?? RoundingPolicies.Default, Guard.Defined(level), split ?? RemainderPolicies.Default);

    /// <summary>
    /// A rounding of loss rates to a number of decimals of a percent, through <see cref="RoundingPolicies.Cash"/> with the
    /// step 10^−(decimals + 2): 1 decimal rounds 0.0869565 (8.69565 %) to 0.087 (8.7 %), 0 decimals to 0.09 (9 %).
    /// </summary>
    /// <param name="decimals">Decimals of the percentage, 0 to 24.</param>
    /// <param name="midpoint">The rule: <see cref="MidpointRounding.AwayFromZero"/> (the default),
    /// <see cref="MidpointRounding.ToEven"/>, or <see cref="MidpointRounding.ToZero"/> for truncation (8.69 % → 8.6 %).</param>
    /// <returns>The rate rounding, for <see cref="Create"/>'s <c>rate</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0 to 24, or <paramref name="midpoint"/> is undefined.</exception>
    public static IRoundingPolicy RatePercentDecimals(int decimals, MidpointRounding midpoint = MidpointRounding.AwayFromZero)
        => RoundingPolicies.Cash(Currency.Pow10Inverse(Guard.InRange(decimals, 0, 24) + 2), midpoint);

    /// <summary>Describes the convention, such as "rates exact, amounts HalfAwayFromZero, EachLine".</summary>
    /// <returns>The description (invariant).</returns>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"rates {(Rate is null ? "exact" : Rate.ToString())}, amounts {Amount}, {Level}{(Level == ProvisionRoundingLevel.TotalOnce ? $" split {Split}" : "")}");

    /// <summary>The rate actually multiplied: rounded by <see cref="Rate"/> when set, kept within 0 to 1.</summary>
    internal decimal RateOf(decimal rate, Currency currency)
        => Rate is null ? rate : Math.Clamp(Rate.Round(rate, currency), 0m, 1m);
}
