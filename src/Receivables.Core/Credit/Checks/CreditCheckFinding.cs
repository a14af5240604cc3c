using Receivables.Internal;

namespace Receivables.Credit.Checks;

/// <summary>What one credit-check rule found: the outcome it asks for and why.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record CreditCheckFinding
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(CreditCheckFinding), PrintMembers);

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
