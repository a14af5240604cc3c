namespace Receivables;

/// <summary>
/// Rounds an amount to what a currency can settle. One method, so a host can plug in its own rule
/// (a national cash-rounding law, a bank's convention).
/// </summary>
/// <remarks>Implementations must be stateless and thread-safe, and return an amount in the same currency units.</remarks>
public interface IRoundingPolicy
{
    /// <summary>Rounds an amount for its currency.</summary>
    /// <param name="arguments">The amount in major units (1.005 means one euro and half a cent) and the currency, whose
    /// <see cref="Currency.MinorUnits"/> usually sets the precision.</param>
    /// <returns>The rounded amount.</returns>
    decimal Round(in RoundingArguments arguments);
}

/// <summary>What an <see cref="IRoundingPolicy"/> is given.</summary>
/// <remarks>A read-only value; fields may be added later without breaking policies. Thread-safe.</remarks>
public readonly struct RoundingArguments
{
    /// <summary>Creates the arguments.</summary>
    /// <param name="amount">The amount in major units.</param>
    /// <param name="currency">The currency.</param>
    public RoundingArguments(decimal amount, Currency currency)
    {
        Amount = amount;
        Currency = currency;
    }

    /// <summary>Gets the amount in major units.</summary>
    public decimal Amount { get; }

    /// <summary>Gets the currency.</summary>
    public Currency Currency { get; }
}

/// <summary>Convenience forms of <see cref="IRoundingPolicy"/>.</summary>
/// <remarks>Thread-safe.</remarks>
public static class RoundingPolicyExtensions
{
    /// <summary>Rounds <paramref name="amount"/> for <paramref name="currency"/> with a policy.</summary>
    /// <param name="policy">The policy.</param>
    /// <param name="amount">The amount in major units.</param>
    /// <param name="currency">The currency.</param>
    /// <returns>The rounded amount.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public static decimal Round(this IRoundingPolicy policy, decimal amount, Currency currency)
        => Internal.Guard.NotNull(policy).Round(new RoundingArguments(amount, currency));
}
