using Receivables.Internal;

namespace Receivables.Credit.Checks;

/// <summary>What one credit-check rule found: the outcome it asks for and why.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record CreditCheckFinding
{
    /// <summary>Creates a finding.</summary>
    /// <param name="outcome">The outcome the rule asks for.</param>
    /// <param name="reason">Why.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="outcome"/> is not defined.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="reason"/> is null.</exception>
    public CreditCheckFinding(CreditCheckOutcome outcome, Reason reason)
    {
        Outcome = Guard.Defined(outcome);
        Reason = Guard.NotNull(reason);
    }

    /// <summary>Gets the outcome the rule asks for.</summary>
    public CreditCheckOutcome Outcome { get; }

    /// <summary>Gets why.</summary>
    public Reason Reason { get; }
}
