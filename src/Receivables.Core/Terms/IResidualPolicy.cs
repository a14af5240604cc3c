namespace Receivables.Terms;

/// <summary>
/// Turns a payment term's lines into installment amounts that add up to the invoice total: which line absorbs the
/// residual (the balance line, or the last line whatever its kind) and, through an <see cref="IRemainderPolicy"/>, how
/// percentage shares are rounded. It is the term-level layer over the library's one splitting mechanism (decision
/// 104). Built-ins are in <see cref="ResidualPolicies"/>; the default is <see cref="ResidualPolicies.LastLine"/>.
/// </summary>
/// <remarks>Implementations must be stateless and thread-safe. Whatever the policy returns, the term checks that there
/// is one amount per line, in the total's currency, in whole minor units, adding up to the total.</remarks>
public interface IResidualPolicy
{
    /// <summary>Computes one amount per line.</summary>
    /// <param name="arguments">The total, the lines and the term's rounding policy.</param>
    /// <returns>One amount per line, in line order, adding up to <see cref="ResidualArguments.Total"/>.</returns>
    /// <exception cref="ArgumentException">The total cannot be split as the policy requires (for example the fixed lines
    /// exceed it); the exception names <c>total</c>.</exception>
    Money[] Split(in ResidualArguments arguments);
}
