namespace Receivables.Credit.Scoring;

/// <summary>
/// One dimension of a credit assessment (payment behaviour, solvency, tenure…): turns a <see cref="CreditProfile"/>
/// into a sub-score from 0 to 100 with its raw value and reasons, or says it is not available.
/// </summary>
/// <remarks>
/// <para>Built-ins are in the catalogue <see cref="CreditFactors"/>; the default set, with weights, is
/// <see cref="Scorecard.Default"/>. An implementation must be deterministic (same profile, same result), must return
/// <see cref="CreditFactorResult.NotAvailable(string, Reason)"/> when its inputs are missing (never a silent zero), and
/// should be monotone: a better input never gives a lower sub-score. Explain the finding with a <see cref="Reason"/> of
/// a code of your own (see <see cref="CreditReasonCodes"/> for the built-in ones).</para>
/// <para>Implementations must be immutable and thread-safe; the scorecard calls them concurrently.</para>
/// </remarks>
public interface ICreditFactor
{
    /// <summary>Gets the factor's name, unique within a scorecard (for example <c>payment-index</c>).</summary>
    string Name { get; }

    /// <summary>Evaluates the factor for one customer.</summary>
    /// <param name="arguments">What is known about the customer.</param>
    /// <returns>The sub-score, raw value and reasons, or a not-available result.</returns>
    CreditFactorResult Evaluate(in CreditFactorArguments arguments);
}
