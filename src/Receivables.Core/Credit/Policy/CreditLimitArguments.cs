using Receivables.Credit.Scoring;

namespace Receivables.Credit.Policy;

/// <summary>What a <see cref="ICreditLimitRule"/> may read: the profile and the score.</summary>
/// <remarks>A read-only value passed to rules so fields can be added without breaking implementations. Thread-safe.</remarks>
public readonly struct CreditLimitArguments
{
    /// <summary>Creates the arguments.</summary>
    /// <param name="profile">The customer's profile.</param>
    /// <param name="score">The customer's score.</param>
    public CreditLimitArguments(CreditProfile profile, CreditScore score)
    {
        Profile = profile;
        Score = score;
    }

    /// <summary>Gets the customer's profile (currency, statements, purchases).</summary>
    public CreditProfile Profile { get; }

    /// <summary>Gets the customer's score.</summary>
    public CreditScore Score { get; }
}
