using Receivables.Internal;

namespace Receivables.Credit.Scoring;

/// <summary>What an <see cref="ICreditFactor"/> may read: the customer's profile.</summary>
/// <remarks>A read-only value passed to factors so fields can be added later without breaking implementations; build
/// one with the public constructor to test a custom factor alone. <c>default</c> has no profile and is never passed by
/// the library. Thread-safe.</remarks>
public readonly struct CreditFactorArguments
{
    /// <summary>Creates the arguments.</summary>
    /// <param name="profile">What is known about the customer.</param>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    public CreditFactorArguments(CreditProfile profile)
    {
        Profile = Guard.NotNull(profile);
    }

    /// <summary>Gets what is known about the customer.</summary>
    public CreditProfile Profile { get; }
}
