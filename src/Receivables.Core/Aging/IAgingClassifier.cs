namespace Receivables.Aging;

/// <summary>
/// Sorts an item into a bucket of an <see cref="AgingScheme"/> from its basis date and the as-of date: day bounds
/// (the default), calendar months, fiscal periods, calendar years (1年以内, 1-2年, …) or a host's own rule.
/// </summary>
/// <remarks>
/// <para>Built-ins are in <see cref="AgingClassifiers"/>; build a scheme from one with
/// <see cref="AgingScheme.Create(IAgingClassifier, AgingBasis, IReadOnlyList{string}?, int)"/>. The default, day bounds
/// (<see cref="AgingScheme.Create(IReadOnlyList{int}, AgingBasis, IReadOnlyList{int}?, IReadOnlyList{string}?)"/>),
/// keeps the engine's vectorised columnar loop; any other classifier is called once per distinct basis date in a call
/// and its answers are looked up per item.</para>
/// <para>Implementations must be immutable, thread-safe and deterministic (same arguments, same bucket), must return an
/// index from 0 to the scheme's bucket count − 1 (the engine refuses anything else), and should implement value
/// equality, because only reports of equal schemes merge.</para>
/// </remarks>
public interface IAgingClassifier
{
    /// <summary>Finds the bucket of an item.</summary>
    /// <param name="arguments">The as-of date, the item's basis date and the basis.</param>
    /// <returns>The bucket index, 0 = least aged.</returns>
    int BucketOf(in AgingClassifierArguments arguments);
}
