using Receivables.Credit.Scoring;

namespace Receivables.Credit.Policy;

/// <summary>What a <see cref="ICreditPolicy"/> decides from: the profile, the score and the previous assessment.</summary>
/// <remarks>A read-only value so fields can be added without breaking implementations. Thread-safe.</remarks>
public readonly struct CreditPolicyArguments
{
    /// <summary>Creates the arguments.</summary>
    /// <param name="profile">The customer's profile.</param>
    /// <param name="score">The customer's score, from the same profile.</param>
    /// <param name="previous">The previous assessment, or null for the first one (no review triggers then).</param>
    public CreditPolicyArguments(CreditProfile profile, CreditScore score, CreditAssessment? previous = null)
    {
        Profile = profile;
        Score = score;
        Previous = previous;
    }

    /// <summary>Gets the customer's profile.</summary>
    public CreditProfile Profile { get; }

    /// <summary>Gets the customer's score.</summary>
    public CreditScore Score { get; }

    /// <summary>Gets the previous assessment, or null.</summary>
    public CreditAssessment? Previous { get; }
}
