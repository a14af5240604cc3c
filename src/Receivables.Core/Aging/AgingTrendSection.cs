using Receivables.Internal;
using System.Collections.Immutable;

namespace Receivables.Aging;

/// <summary>The movement of one currency between two aging reports.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Currency">The currency.</param>
/// <param name="Movements">Per bucket: current total − previous total (positive = grew).</param>
/// <param name="GrandTotalMovement">The movement of the grand total.</param>
/// <param name="Deteriorations">The customers whose overdue share (overdue ÷ balance) grew most, largest growth first.</param>
public sealed record AgingTrendSection(Currency Currency, ImmutableArray<Money> Movements, Money GrandTotalMovement, ImmutableArray<OverdueShareChange> Deteriorations)
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(AgingTrendSection), PrintMembers);
}
