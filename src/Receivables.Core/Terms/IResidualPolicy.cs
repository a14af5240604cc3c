namespace Receivables.Terms;

/// <summary>
/// Splits an invoice total over installment percentages in whole minor units. Whatever the policy, the payment term
/// checks that the parts add up to the total and are not negative. Built-ins are in <see cref="ResidualPolicies"/>.
/// </summary>
/// <remarks>Implementations must be stateless and thread-safe.</remarks>
public interface IResidualPolicy
{
    /// <summary>Splits <paramref name="total"/> by <paramref name="percentages"/> (which add up to 100).</summary>
    /// <param name="total">The rounded, non-negative total.</param>
    /// <param name="percentages">One percentage per part; non-negative, adding up to 100.</param>
    /// <returns>One rounded, non-negative amount per part, adding up to <paramref name="total"/>.</returns>
    Money[] Split(Money total, IReadOnlyList<decimal> percentages);
}
