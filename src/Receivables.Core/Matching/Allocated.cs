namespace Receivables.Matching;

/// <summary>
/// A proposal's allocations as the engine keeps them: one allocation as it is, several in an array. Most proposals
/// settle one item, and the public <see cref="MatchProposal.Allocations"/> array is made only when read (decision 369).
/// </summary>
/// <remarks>Read-only view; the default value holds no allocation.</remarks>
internal readonly struct Allocated
{
    // A MatchAllocation (one), a MatchAllocation[] (none, or two or more), or null (none).
    private readonly object? _value;

    private Allocated(object? value) => _value = value;

    /// <summary>The number of allocations.</summary>
    public int Length => _value switch
    {
        MatchAllocation => 1,
        MatchAllocation[] many => many.Length,
        _ => 0,
    };

    /// <summary>The allocation at <paramref name="index"/>.</summary>
    public MatchAllocation this[int index]
        => _value is MatchAllocation one && index == 0 ? one : ((MatchAllocation[]?)_value ?? [])[index];

    /// <summary>What a proposal keeps: the one allocation, or the array.</summary>
    internal object? Value => _value;

    /// <summary>One allocation.</summary>
    public static Allocated Of(MatchAllocation one) => new(one);

    /// <summary>The allocations of an array, which is kept (not copied) unless it holds one allocation (a null one
    /// stays in its array, for the engine's check to refuse).</summary>
    public static Allocated Of(MatchAllocation[] many) => new(many is [{ } one] ? one : many);

    /// <summary>The view of what a proposal keeps (<see cref="Value"/>).</summary>
    internal static Allocated View(object? value) => new(value);

    /// <summary>The allocations as an array (the kept one when there are several; a new one for one).</summary>
    public MatchAllocation[] ToArray() => _value switch
    {
        MatchAllocation one => [one],
        MatchAllocation[] many => many,
        _ => [],
    };

    /// <summary>Whether the other allocations are equal to these, one by one in order (record equality).</summary>
    public bool SequenceEqual(Allocated other)
    {
        if (Length != other.Length)
        {
            return false;
        }

        for (var k = 0; k < Length; k++)
        {
            if (!Equals(this[k], other[k]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Enumerates the allocations.</summary>
    public Enumerator GetEnumerator() => new(this);

    /// <summary>Enumerates the allocations in order.</summary>
    public struct Enumerator(Allocated allocations)
    {
        private int _index = -1;

        /// <summary>The current allocation.</summary>
        public readonly MatchAllocation Current => allocations[_index];

        /// <summary>Moves to the next allocation.</summary>
        public bool MoveNext() => ++_index < allocations.Length;
    }

    /// <summary>Writes a known number of allocations by index, with no array when there is one.</summary>
    public struct Builder(int count)
    {
        private MatchAllocation? _one;
        private readonly MatchAllocation[]? _many = count == 1 ? null : new MatchAllocation[count];

        /// <summary>Sets the allocation at <paramref name="index"/>.</summary>
        public MatchAllocation this[int index]
        {
            set
            {
                if (_many is null)
                {
                    _one = value;
                }
                else
                {
                    _many[index] = value;
                }
            }
        }

        /// <summary>The allocations written.</summary>
        public readonly Allocated Build() => _many is null ? new(_one) : new(_many);
    }
}
