using Receivables.Ledger;

namespace Receivables.Matching;

/// <summary>An open item that a reference in the line points to.</summary>
/// <remarks>Immutable and thread-safe. A hit made by the built-in lookup writes its <see cref="Reason"/> from
/// <see cref="Kind"/> when it is first read ("reference INV-2026-001234 found with one typo (written …)").</remarks>
public sealed record ReferenceHit
{
    private string? _reason;

    /// <summary>Initializes a hit.</summary>
    /// <param name="Item">The open item.</param>
    /// <param name="Reference">The reference found in the text.</param>
    /// <param name="Kind">How the reference matched the document number.</param>
    /// <param name="Weight">The strength of the evidence in [0, 1].</param>
    /// <param name="Reason">The evidence in words, such as "reference INV-2026-001234 found with one typo".</param>
    public ReferenceHit(OpenItem Item, ExtractedReference Reference, ReferenceMatchKind Kind, double Weight, string Reason)
    {
        this.Item = Item;
        this.Reference = Reference;
        this.Kind = Kind;
        this.Weight = Weight;
        _reason = Reason;
    }

    /// <summary>A hit of the built-in lookup: its reason is the standard wording of its kind, and it knows where its
    /// item is in the index.</summary>
    internal ReferenceHit(OpenItem item, ExtractedReference reference, ReferenceMatchKind kind, double weight, int position)
    {
        Item = item;
        Reference = reference;
        Kind = kind;
        Weight = weight;
        Position = position;
    }

    /// <summary>Copies a hit for a <c>with</c> expression: the reason is written first, so changing
    /// <see cref="Kind"/> in the copy does not change its reason.</summary>
    /// <param name="original">The hit to copy.</param>
    private ReferenceHit(ReferenceHit original)
    {
        Item = original.Item;
        Reference = original.Reference;
        Kind = original.Kind;
        Weight = original.Weight;
        _reason = original.Reason;
    }

    /// <summary>The index position of the item when the built-in lookup made the hit; −1 otherwise (also for a copy
    /// made with <c>with</c>, which may name another item).</summary>
    internal int Position { get; private init; } = -1;

    /// <summary>Gets the open item.</summary>
    public OpenItem Item { get; init; }

    /// <summary>Gets the reference found in the text.</summary>
    public ExtractedReference Reference { get; init; }

    /// <summary>Gets how the reference matched the document number.</summary>
    public ReferenceMatchKind Kind { get; init; }

    /// <summary>Gets the strength of the evidence in [0, 1].</summary>
    public double Weight { get; init; }

    /// <summary>Gets the evidence in words, such as "reference INV-2026-001234 found with one typo".</summary>
    public string Reason
    {
        get
        {
            var reason = Volatile.Read(ref _reason);
            if (reason is null)
            {
                reason = Wording(Kind, Item.Id, Reference.Text);
                Volatile.Write(ref _reason, reason);
            }

            return reason;
        }

        init => _reason = value;
    }

    /// <summary>The reason as a part of a proposal's reasons: the text when it is written already, else a small
    /// <see cref="Because"/> that keeps only the document number (and the written reference), not the hit.</summary>
    internal object ReasonPart
        => Volatile.Read(ref _reason) is { } text ? text
            : Kind == ReferenceMatchKind.Exact ? Because.Of(Item.Id, static document => Wording(ReferenceMatchKind.Exact, document, string.Empty))
            : Because.Of((Kind, Item.Id, Reference.Text), static s => Wording(s.Kind, s.Id, s.Text));

    /// <summary>Deconstructs the hit.</summary>
    /// <param name="Item">The open item.</param>
    /// <param name="Reference">The reference.</param>
    /// <param name="Kind">The kind.</param>
    /// <param name="Weight">The weight.</param>
    /// <param name="Reason">The reason.</param>
    public void Deconstruct(out OpenItem Item, out ExtractedReference Reference, out ReferenceMatchKind Kind, out double Weight, out string Reason)
    {
        Item = this.Item;
        Reference = this.Reference;
        Kind = this.Kind;
        Weight = this.Weight;
        Reason = this.Reason;
    }

    private static string Wording(ReferenceMatchKind kind, DocumentId document, string written) => kind switch
    {
        ReferenceMatchKind.OneTypo => $"reference {document} found with one typo (written '{written}')",
        ReferenceMatchKind.Truncated => $"reference {document} found truncated (written '{written}', the text was cut)",
        _ => $"reference {document} found",
    };

    /// <inheritdoc/>
    public bool Equals(ReferenceHit? other)
        => other is not null && Item == other.Item && Reference == other.Reference && Kind == other.Kind && Weight.Equals(other.Weight)
            && string.Equals(Reason, other.Reason, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Item, Reference, Kind, Weight, StringComparer.Ordinal.GetHashCode(Reason));
}
