namespace Receivables;

/// <summary>
/// Rounds an amount to what a currency can settle. One method, so a host can plug in its own rule
/// (a national cash-rounding law, a bank's convention).
/// </summary>
/// <remarks>Implementations must be stateless and thread-safe, and return an amount in the same currency units.</remarks>
public interface IRoundingPolicy
{
    /// <summary>Rounds <paramref name="amount"/> for <paramref name="currency"/>.</summary>
    /// <param name="amount">The amount in major units (1.005 means one euro and half a cent).</param>
    /// <param name="currency">The currency; its <see cref="Currency.MinorUnits"/> usually sets the precision.</param>
    /// <returns>The rounded amount.</returns>
    decimal Round(decimal amount, Currency currency);
}
