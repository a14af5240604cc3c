using System.Collections;
using System.Runtime.CompilerServices;

namespace Receivables.Ledger;

/// <summary>
/// An append-only list that a view can share with the state it was cut from. <see cref="Prefix"/> gives a list over
/// the first entries of the same array. Adding to such a shared list copies it first, since the entries past its count
/// belong to the list it was cut from; replacing an entry of a shared list (<see cref="Set"/>) keeps the replacement
/// beside the shared array instead (a view's items and marks differ from its parent's in a few places only), until
/// there are so many replacements that a copy of its own is cheaper to read.
/// </summary>
/// <remarks>Not thread-safe for writing (an account state has a single owner while it is built); reading a list that
/// nobody writes any more (a frozen state's, and every list cut from it) is safe from any thread.</remarks>
/// <typeparam name="T">The entry type.</typeparam>
internal sealed class PrefixList<T> : IReadOnlyList<T>
{
    private T[] _items;
    private int _count;
    private bool _shared;

    // Replaced entries of a shared list, ascending by position.
    private (int At, T Value)[] _patches = [];
    private int _patchCount;

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

    /// <summary>Gets whether some entries are kept beside the shared array (then <see cref="AsSpan"/> is not available).</summary>
    public bool IsPatched => _patchCount != 0;

    /// <inheritdoc />
    public T this[int index]
    {
        // The builder's case (nothing kept aside, index in range) small enough to be inlined into the fold's loops.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _patchCount == 0 && (uint)index < (uint)_count ? _items[index] : Patched(index);
    }

    /// <summary>The entries, for reading; only for a list without replacements kept aside (<see cref="IsPatched"/>).</summary>
    /// <exception cref="InvalidOperationException">The list is patched: read it by index.</exception>
    public ReadOnlySpan<T> AsSpan()
        => _patchCount == 0 ? _items.AsSpan(0, _count) : throw new InvalidOperationException("A patched list has no single span; read it by index.");

    /// <summary>The entries, for writing in place: a shared list is copied first.</summary>
    public Span<T> AsWritableSpan()
    {
        if (_shared)
        {
            Grow(_count);
        }

        return _items.AsSpan(0, _count);
    }

    /// <summary>Adds an entry at the end.</summary>
    public void Add(T value)
    {
        if (_shared || _count == _items.Length)
        {
            Grow(_count + 1);
        }

        _items[_count++] = value;
    }

    /// <summary>Replaces an entry: in place when the list owns its array, else kept beside the shared array.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Set(int index, T value)
    {
        if (!_shared && (uint)index < (uint)_count)
        {
            _items[index] = value;
            return;
        }

        SetAside(index, value);
    }

    /// <summary>Replaces an entry of a shared list (or throws for an index out of range).</summary>
    private void SetAside(int index, T value)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)_count, nameof(index));
        var at = FindPatch(index);
        if (at >= 0)
        {
            _patches[at].Value = value;
            return;
        }

        if (_patchCount >= 16 && _patchCount * 8 >= _count)
        {
            // Many replacements: reading through them costs more than an array of its own.
            Grow(_count);
            _items[index] = value;
            return;
        }

        at = ~at;
        if (_patchCount == _patches.Length)
        {
            Array.Resize(ref _patches, Math.Max(4, _patchCount * 2));
        }

        Array.Copy(_patches, at, _patches, at + 1, _patchCount - at);
        _patches[at] = (index, value);
        _patchCount++;
    }

    /// <summary>A list over the first <paramref name="count"/> entries, sharing this list's array (and its replacements
    /// below <paramref name="count"/>).</summary>
    public PrefixList<T> Prefix(int count)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan((uint)count, (uint)_count, nameof(count));
        var prefix = new PrefixList<T>(_items, count);
        var patches = 0;
        while (patches < _patchCount && _patches[patches].At < count)
        {
            patches++;
        }

        if (patches > 0)
        {
            prefix._patches = _patches[..patches];
            prefix._patchCount = patches;
        }

        return prefix;
    }

    /// <summary>A copy of its own, with room for <paramref name="extra"/> more entries.</summary>
    public PrefixList<T> Copy(int extra)
    {
        var copy = new PrefixList<T>(_count + extra);
        CopyTo(copy._items);
        copy._count = _count;
        return copy;
    }

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < _count; i++)
        {
            yield return this[i];
        }
    }

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private void CopyTo(T[] target)
    {
        Array.Copy(_items, target, _count);
        for (var i = 0; i < _patchCount; i++)
        {
            target[_patches[i].At] = _patches[i].Value;
        }
    }

    private void Grow(int needed)
    {
        var capacity = _shared ? needed + 4 : Math.Max(needed, Math.Max(4, _items.Length * 2));
        var next = new T[capacity];
        CopyTo(next);
        _items = next;
        _shared = false;
        _patches = [];
        _patchCount = 0;
    }

    /// <summary>An entry of a list with replacements kept aside (or throws for an index out of range).</summary>
    private T Patched(int index)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)_count, nameof(index));
        var at = FindPatch(index);
        return at >= 0 ? _patches[at].Value : _items[index];
    }

    /// <summary>The place of the replacement of <paramref name="index"/>, or the complement of where it would go.</summary>
    private int FindPatch(int index)
    {
        int lo = 0, hi = _patchCount - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var at = _patches[mid].At;
            if (at == index)
            {
                return mid;
            }

            if (at < index)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return ~lo;
    }
}
