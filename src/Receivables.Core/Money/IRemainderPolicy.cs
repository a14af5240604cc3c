namespace Receivables;

/// <summary>
/// Decides which parts of an allocation receive the minor units left over after every part was rounded down.
/// Whatever the policy does, <see cref="Money.Allocate(int, IRemainderPolicy?)"/> checks that the parts add up to
/// the whole and throws if a policy breaks that.
/// </summary>
/// <remarks>Implementations must be stateless and thread-safe.</remarks>
public interface IRemainderPolicy
{
    /// <summary>Distributes <paramref name="remainderUnits"/> minor units over the parts.</summary>
    /// <param name="fractions">Per part, the fraction of a minor unit that rounding down took away, in [0, 1).</param>
    /// <param name="extraUnits">Per part, the number of extra minor units to add; all zero on entry. The values must
    /// be non-negative and add up to <paramref name="remainderUnits"/>.</param>
    /// <param name="remainderUnits">The number of minor units to hand out, 0 to the number of parts.</param>
    void Distribute(ReadOnlySpan<decimal> fractions, Span<int> extraUnits, int remainderUnits);
}
