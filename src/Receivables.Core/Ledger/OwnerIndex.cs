using System.Collections.Immutable;

namespace Receivables.Ledger;

/// <summary>
/// Which customer each document id was posted for: a frozen hash map (handed over by a builder, never changed again)
/// under a persistent overlay for single postings. A ledger view shares its parent's index, so an entry is a candidate
/// that <see cref="ReceivablesLedger.TryGetOwner"/> confirms against the account.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class OwnerIndex
{
    // Keyed by the id's text, as the builder's map it takes over (LedgerBuilder: the non-randomised string hash).
    private readonly Dictionary<string, CustomerId>? _base;
    private readonly ImmutableDictionary<DocumentId, CustomerId> _over;

    private OwnerIndex(Dictionary<string, CustomerId>? frozen, ImmutableDictionary<DocumentId, CustomerId> over)
    {
        _base = frozen;
        _over = over;
    }

    public static OwnerIndex Empty { get; } = new(null, ImmutableDictionary<DocumentId, CustomerId>.Empty);

    public int Count => (_base?.Count ?? 0) + _over.Count;

    /// <summary>Wraps a map whose ownership passes to the index: the caller must never change it again.</summary>
    public static OwnerIndex FromOwned(Dictionary<string, CustomerId> owned) => new(owned, ImmutableDictionary<DocumentId, CustomerId>.Empty);

    public bool TryGetValue(DocumentId id, out CustomerId customer)
        => _over.TryGetValue(id, out customer) || (_base is not null && _base.TryGetValue(id.Value, out customer));

    public OwnerIndex With(DocumentId id, CustomerId customer) => new(_base, _over.SetItem(id, customer));

    /// <summary>Adds many entries: into the overlay when few, else into a new frozen map.</summary>
    public OwnerIndex WithRange(Dictionary<string, CustomerId> added)
    {
        if (added.Count == 0)
        {
            return this;
        }

        if (added.Count * 8 < Count)
        {
            return new(_base, _over.SetItems(added.Select(p => KeyValuePair.Create(new DocumentId(p.Key), p.Value))));
        }

        var merged = _base is null ? new Dictionary<string, CustomerId>(Count + added.Count) : new Dictionary<string, CustomerId>(_base);
        foreach (var (id, customer) in _over)
        {
            merged[id.Value] = customer;
        }

        foreach (var (id, customer) in added)
        {
            merged[id] = customer;
        }

        return FromOwned(merged);
    }
}
