using System.Collections;

namespace Receivables.Ledger;

/// <summary>
/// An append-only list that a view can share with the state it was cut from. <see cref="Prefix"/> gives a list over
/// the first entries of the same array; the first write to such a shared list copies it, since the entries past its
/// count belong to the list it was cut from.
/// </summary>
/// <remarks>Not thread-safe for writing (an account state has a single owner while it is built); reading a list that
/// nobody writes any more (a frozen state's, and every list cut from it) is safe from any thread.</remarks>
/// <typeparam name="T">The entry type.</typeparam>
internal sealed class PrefixList<T> : IReadOnlyList<T>
{
    private T[] _items;
    private int _count;
    private bool _shared;

    /// <summary>Initializes an empty list with room for <paramref name="capacity"/> entries.</summary>
    public PrefixList(int capacity = 0)
    {
        _items = capacity == 0 ? [] : new T[capacity];
    }

    private PrefixList(T[] items, int count)
    {
        _items = items;
        _count = count;
        _shared = true;
    }

    /// <inheritdoc />
    public int Count => _count;

    /// <inheritdoc />
    public T this[int index] => (uint)index < (uint)_count ? _items[index] : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>The entries, for reading.</summary>
    public ReadOnlySpan<T> AsSpan() => _items.AsSpan(0, _count);

    /// <summary>Adds an entry at the end.</summary>
    public void Add(T value)
    {
        if (_shared || _count == _items.Length)
        {
            Grow(_count + 1);
        }

        _items[_count++] = value;
    }

    /// <summary>Replaces an entry.</summary>
    public void Set(int index, T value)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)_count, nameof(index));
        if (_shared)
        {
            Grow(_count);
        }

        _items[index] = value;
    }

    /// <summary>A list over the first <paramref name="count"/> entries, sharing this list's array.</summary>
    public PrefixList<T> Prefix(int count)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan((uint)count, (uint)_count, nameof(count));
        return new PrefixList<T>(_items, count);
    }

    /// <summary>A copy of its own, with room for <paramref name="extra"/> more entries.</summary>
    public PrefixList<T> Copy(int extra)
    {
        var copy = new PrefixList<T>(_count + extra);
        AsSpan().CopyTo(copy._items);
        copy._count = _count;
        return copy;
    }

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < _count; i++)
        {
            yield return _items[i];
        }
    }

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private void Grow(int needed)
    {
        var capacity = _shared ? needed + 4 : Math.Max(needed, Math.Max(4, _items.Length * 2));
        var next = new T[capacity];
        Array.Copy(_items, next, _count);
        _items = next;
        _shared = false;
    }
}
