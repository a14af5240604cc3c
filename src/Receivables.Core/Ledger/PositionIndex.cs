using System.Numerics;

namespace Receivables.Ledger;

/// <summary>
/// An account's map from item id to position in its item list, kept as one array of numbers: each slot holds the id's
/// hash code and the position, and the id itself is read from the item when the hash codes agree. A dictionary kept
/// the id (a reference) in each entry, which the collector had to trace and copy; this array has no references and is
/// about a third of the size (decision 027).
/// </summary>
/// <remarks>
/// Open addressing with linear probing in a power-of-two table at most half full; entries are never removed. A view
/// shares its parent's index and finds only positions below its own item count. Not thread-safe for writing; reading
/// an index nobody writes any more is safe from any thread.
/// </remarks>
internal sealed class PositionIndex
{
    private const int MinimumSlots = 16;

    // (hash << 32) | (position + 1); 0 is an empty slot.
    private long[] _slots;
    private int _count;

    /// <summary>Initializes an index with room for <paramref name="capacity"/> ids before it grows.</summary>
    public PositionIndex(int capacity = 0)
    {
        _slots = capacity == 0 ? [] : new long[SlotsFor(capacity)];
    }

    /// <summary>
    /// A new index of the ids at positions below <paramref name="count"/>: all of them for an index of an account's own,
    /// the view's for an index a view shares. The stored hash codes are reused; no id is hashed again.
    /// </summary>
    public PositionIndex CopyBelow(int count)
    {
        var copy = new PositionIndex(count);
        foreach (var entry in _slots)
        {
            if (entry != 0 && unchecked((int)entry) <= count)
            {
                Insert(copy._slots, entry);
                copy._count++;
            }
        }

        return copy;
    }

    /// <summary>Gets the number of ids in the index.</summary>
    public int Count => _count;

    /// <summary>
    /// Finds the position of <paramref name="id"/> among the first <paramref name="count"/> entries of
    /// <paramref name="items"/> (the list the positions point into).
    /// </summary>
    public bool TryGet(DocumentId id, PrefixList<ItemRow> items, int count, out int position)
        => TryGet(id, id.GetHashCode(), items, count, out position);

    /// <summary><see cref="TryGet(DocumentId, PrefixList{ItemRow}, int, out int)"/> with the id's hash code already
    /// computed (<see cref="DocumentId.GetHashCode"/>), for a caller that also adds the id.</summary>
    public bool TryGet(DocumentId id, int hash, PrefixList<ItemRow> items, int count, out int position)
    {
        var slots = _slots;
        if (slots.Length != 0)
        {
            var mask = slots.Length - 1;
            for (var at = hash & mask; ; at = (at + 1) & mask)
            {
                var slot = slots[at];
                if (slot == 0)
                {
                    break;
                }

                if (unchecked((int)(slot >> 32)) == hash)
                {
                    var found = unchecked((int)slot) - 1;
                    if (found < count && items[found].Id == id)
                    {
                        position = found;
                        return true;
                    }
                }
            }
        }

        position = -1;
        return false;
    }

    /// <summary>Adds the id whose hash code (<see cref="DocumentId.GetHashCode"/>) is <paramref name="hash"/> at
    /// <paramref name="position"/>; the caller has checked it is not there.</summary>
    public void Add(int hash, int position)
    {
        if ((_count + 1) * 2 > _slots.Length)
        {
            Grow();
        }

        Insert(_slots, unchecked(((long)hash << 32) | (uint)(position + 1)));
        _count++;
    }

    private static int SlotsFor(int capacity)
        => (int)Math.Max(MinimumSlots, BitOperations.RoundUpToPowerOf2((uint)checked(capacity * 2)));

    private static void Insert(long[] slots, long entry)
    {
        var mask = slots.Length - 1;
        var at = unchecked((int)(entry >> 32)) & mask;
        while (slots[at] != 0)
        {
            at = (at + 1) & mask;
        }

        slots[at] = entry;
    }

    private void Grow()
    {
        var grown = new long[Math.Max(MinimumSlots, _slots.Length * 2)];
        foreach (var entry in _slots)
        {
            if (entry != 0)
            {
                Insert(grown, entry);
            }
        }

        _slots = grown;
    }
}
