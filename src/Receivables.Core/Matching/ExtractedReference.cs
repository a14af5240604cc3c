using Receivables.Internal;
namespace Receivables.Matching;

/// <summary>A document reference found in a line's texts.</summary>
/// <param name="Text">The reference as written (or rebuilt from a list such as <c>INV-1001/1002</c>).</param>
/// <param name="Normalized">The reference in upper case without separators, as document numbers are indexed.</param>
/// <param name="AtEnd">True when the reference ends where the text ends, so the bank may have cut it.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ExtractedReference(string Text, string Normalized, bool AtEnd)
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(ExtractedReference), PrintMembers);
}
