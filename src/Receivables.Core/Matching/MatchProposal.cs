using System.Collections.Immutable;
using Receivables.Internal;

namespace Receivables.Matching;

/// <summary>
/// One way to account for a statement line: the items it settles, the rest left as unapplied cash, how confident
/// the proposal is and why.
/// </summary>
/// <remarks>
/// <para>A proposal accounts for the whole line: the sum of <see cref="MatchAllocation.Applied"/> plus
/// <see cref="Unapplied"/> equals the line amount; discounts and write-offs clear items on top of the cash. The
/// engine checks this for every proposal, including those of custom rules.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record MatchProposal
{
    /// <summary>Initializes a proposal.</summary>
    /// <param name="allocations">The items settled, at most one allocation per item.</param>
    /// <param name="unapplied">The cash left unapplied (overpayment, or nothing fits); zero or positive.</param>
    /// <param name="confidence">The confidence in [0, 1].</param>
    /// <param name="reasons">The reasons in words, most important first.</param>
    /// <exception cref="ArgumentNullException"><paramref name="allocations"/> or <paramref name="reasons"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="confidence"/> is outside [0, 1] or not a number.</exception>
    public MatchProposal(IEnumerable<MatchAllocation> allocations, Money unapplied, double confidence, IEnumerable<string> reasons)
    {
        Guard.NotNull(allocations);
        Guard.NotNull(reasons);
        if (double.IsNaN(confidence) || confidence < 0d || confidence > 1d)
        {
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "confidence must be between 0 and 1.");
        }

        Allocations = [.. allocations];
        Unapplied = unapplied;
        Confidence = confidence;
        Reasons = [.. reasons];
    }

    /// <summary>Gets the allocations to items.</summary>
    public ImmutableArray<MatchAllocation> Allocations { get; }

    /// <summary>Gets the cash left unapplied.</summary>
    public Money Unapplied { get; }

    /// <summary>Gets the confidence in [0, 1].</summary>
    public double Confidence { get; }

    /// <summary>Gets the reasons in words.</summary>
    public ImmutableArray<string> Reasons { get; }
}
