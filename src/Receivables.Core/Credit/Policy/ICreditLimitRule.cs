namespace Receivables.Credit.Policy;

/// <summary>How a grade's credit limit is set: a fixed amount, a share of equity or sales, a multiple of purchases….</summary>
/// <remarks>Built-ins are in the catalogue <see cref="CreditLimitRules"/>; the default is the per-grade
/// <see cref="CreditLimitRules.FirstAvailable"/> chain of <see cref="CreditPolicies.Default"/>. Implementations must be
/// immutable, deterministic and thread-safe, and explain the limit with a <see cref="Reason"/> in
/// <see cref="CreditLimit.Basis"/>.</remarks>
public interface ICreditLimitRule
{
    /// <summary>Computes the limit in the profile's currency.</summary>
    /// <param name="arguments">The profile and score.</param>
    /// <returns>The limit, or null when the data the rule needs is missing (so <see cref="CreditLimitRules.FirstAvailable"/> can fall back).</returns>
    CreditLimit? Compute(in CreditLimitArguments arguments);
}
