using System.Buffers;
using System.Runtime.CompilerServices;

namespace Receivables.Matching;

/// <summary>
/// Where an index's large arrays come from. An index a caller builds and keeps (<see cref="MatchingEngine.BuildIndex"/>)
/// allocates them (<see cref="Fresh"/>); the index a whole run builds for itself and drops when the run ends takes them
/// from the shared pools and gives them back then (<see cref="Pooled"/>), so that the next run in the process reuses
/// memory it already has instead of the runtime mapping and clearing fresh pages (decision 372). An array taken from
/// a pool may be longer than asked for and holds whatever its last user wrote: callers use the length they asked for
/// and write every element they read. <see cref="Fresh"/> keeps no state and serves any thread; a pooled one serves one
/// whole run (the build, the structures built on first use during the run, the release) on one thread.
/// </summary>
internal sealed class IndexArrays
{
    private readonly List<Action>? _returns;

    private IndexArrays(bool pooled) => _returns = pooled ? [] : null;

    /// <summary>Arrays allocated, never given back.</summary>
    public static IndexArrays Fresh { get; } = new(pooled: false);

    /// <summary>Arrays taken from the shared pools, given back by <see cref="Release"/>.</summary>
    public static IndexArrays Pooled() => new(pooled: true);

    /// <summary>An array of at least <paramref name="length"/> elements, uninitialised when pooled (and, fresh, when
    /// <paramref name="cleared"/> is false and the elements hold no references).</summary>
    public T[] Take<T>(int length, bool cleared)
    {
        if (_returns is null)
        {
            return cleared ? new T[length] : GC.AllocateUninitializedArray<T>(length);
        }

        var array = ArrayPool<T>.Shared.Rent(length);
        if (cleared)
        {
            Array.Clear(array, 0, length);
        }

        _returns.Add(() => ArrayPool<T>.Shared.Return(array, clearArray: RuntimeHelpers.IsReferenceOrContainsReferences<T>()));
        return array;
    }

    /// <summary>Gives the pooled arrays back; the index that used them must not be read again.</summary>
    public void Release()
    {
        if (_returns is null)
        {
            return;
        }

        foreach (var giveBack in _returns)
        {
            giveBack();
        }

        _returns.Clear();
    }
}
