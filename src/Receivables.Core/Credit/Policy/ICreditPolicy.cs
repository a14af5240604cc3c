namespace Receivables.Credit.Policy;

/// <summary>Turns a score into credit terms: limit, payment terms, deposit and the next review date.</summary>
/// <remarks>Built-ins are in the catalogue <see cref="CreditPolicies"/>; the default is
/// <see cref="CreditPolicies.Default"/>. Implementations must be immutable, deterministic and thread-safe, and explain
/// their decision with <see cref="Reason"/>s in <see cref="CreditAssessment.Reasons"/>.</remarks>
public interface ICreditPolicy
{
    /// <summary>Assesses one customer.</summary>
    /// <param name="arguments">The profile, score and previous assessment.</param>
    /// <returns>The assessment.</returns>
    CreditAssessment Assess(in CreditPolicyArguments arguments);
}
