using Receivables.Internal;
using Receivables.Ledger;

namespace Receivables.Matching;

/// <summary>An open item that a reference in the line points to.</summary>
/// <param name="Item">The open item.</param>
/// <param name="Reference">The reference found in the text.</param>
/// <param name="Kind">How the reference matched the item's number (or one of its further references).</param>
/// <param name="Weight">The strength of the evidence in [0, 1].</param>
/// <param name="Reason">The evidence, such as a <see cref="MatchingReasonCodes.ReferenceTypo"/> reason; its text is
/// written when first read.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ReferenceHit(OpenItem Item, ExtractedReference Reference, ReferenceMatchKind Kind, double Weight, Reason Reason)
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(ReferenceHit), PrintMembers);

    private readonly int _position = -1;
    private readonly OpenItem? _positionOf;

    /// <summary>The index position of <see cref="Item"/> when the built-in lookup made the hit; −1 otherwise (also for a
    /// copy made with <c>with</c> that names another item).</summary>
    internal int Position
    {
        get => ReferenceEquals(_positionOf, Item) ? _position : -1;
        init
        {
            _position = value;
            _positionOf = Item;
        }
    }

    /// <summary>Returns whether another hit has the same item, reference, kind, weight and reason (where the index
    /// holds the item does not count).</summary>
    /// <param name="other">The other hit.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(ReferenceHit? other)
        => other is not null && Item == other.Item && Reference == other.Reference && Kind == other.Kind && Weight.Equals(other.Weight) && Reason == other.Reason;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Item, Reference, Kind, Weight, Reason);

    /// <summary>A hit of the built-in lookup, with its standard reason and where its item is in the index.</summary>
    internal static HitRow Of(OpenItem item, ReferenceRow reference, ReferenceMatchKind kind, double weight, int position)
    {
        var code = kind switch
        {
            ReferenceMatchKind.OneTypo => MatchingReasonCodes.ReferenceTypo,
            ReferenceMatchKind.Truncated => MatchingReasonCodes.ReferenceTruncated,
            _ => MatchingReasonCodes.ReferenceExact,
        };

        return new HitRow(item, reference, kind, weight, code.Of(item.Id, reference.Text), position);
    }
}
