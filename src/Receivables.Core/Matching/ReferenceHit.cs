namespace Receivables.Matching;

/// <summary>An open item that a reference in the line points to.</summary>
/// <param name="Item">The open item.</param>
/// <param name="Reference">The reference found in the text.</param>
/// <param name="Kind">How the reference matched the document number.</param>
/// <param name="Weight">The strength of the evidence in [0, 1].</param>
/// <param name="Reason">The evidence in words, such as "reference INV-2026-001234 found with one typo".</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ReferenceHit(OpenItem Item, ExtractedReference Reference, ReferenceMatchKind Kind, double Weight, string Reason);
