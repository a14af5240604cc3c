using Receivables.Internal;
using System.Collections.Immutable;

namespace Receivables.Reminders;

/// <summary>A customer's score on the collector worklist, with the reasons that explain it.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Value">The score; higher ranks first.</param>
/// <param name="Reasons">How the score was made.</param>
public sealed record WorklistScore(decimal Value, ImmutableArray<Reason> Reasons)
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(WorklistScore), PrintMembers);
}
