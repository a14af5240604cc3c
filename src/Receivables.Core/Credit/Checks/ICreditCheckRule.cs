namespace Receivables.Credit.Checks;

/// <summary>One rule of the order-time credit check: looks at an order against an exposure (the customer's, then the
/// group's) and says what it finds, or nothing.</summary>
/// <remarks>
/// <para>Built-ins are in the catalogue <see cref="CreditCheckRules"/>; the default set is
/// <see cref="CreditCheckRules.Default"/> (limit and overdue with today's thresholds). The checker keeps every finding
/// and decides by the strictest.</para>
/// <para>Implementations must be immutable, deterministic and thread-safe, and explain each finding with a
/// <see cref="Reason"/>.</para>
/// </remarks>
public interface ICreditCheckRule
{
    /// <summary>Checks the order against one exposure.</summary>
    /// <param name="arguments">The order, the exposure and the exposure after the order.</param>
    /// <returns>The finding, or null when the rule has nothing to say.</returns>
    CreditCheckFinding? Check(in CreditCheckArguments arguments);
}
