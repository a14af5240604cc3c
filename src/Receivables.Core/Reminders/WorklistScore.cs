using System.Collections.Immutable;

namespace Receivables.Reminders;

/// <summary>A customer's score on the collector worklist, with the reasons that explain it.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Value">The score; higher ranks first.</param>
/// <param name="Reasons">How the score was made.</param>
public sealed record WorklistScore(decimal Value, ImmutableArray<Reason> Reasons);
