using Receivables.Internal;
namespace Receivables.Aging;

/// <summary>One bucket of an <see cref="AgingScheme"/>: a label and the inclusive range of ages it holds.</summary>
/// <remarks>
/// <para>Ages are whole days (as-of date − basis date, see <see cref="AgingBasis"/>): negative ages are days until
/// due. A bucket holds every age with <see cref="MinAge"/> ≤ age ≤ <see cref="MaxAge"/>; a null bound is open.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
/// <param name="Index">The position of the bucket in the scheme, 0 = least aged.</param>
/// <param name="Label">The label printed in reports, such as "31-60".</param>
/// <param name="MinAge">The smallest age in days the bucket holds (inclusive), or null when open below.</param>
/// <param name="MaxAge">The largest age in days the bucket holds (inclusive), or null when open above.</param>
/// <param name="IsNotYetDue">True for the not-yet-due bucket(s) of a <see cref="AgingBasis.DaysPastDue"/> scheme.</param>
public sealed record AgingBucket(int Index, string Label, int? MinAge, int? MaxAge, bool IsNotYetDue)
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(AgingBucket), PrintMembers);

    /// <summary>Gets a value indicating whether the bucket holds the given age in days.</summary>
    /// <param name="age">The age in days (negative = days until due).</param>
    /// <returns>True when <see cref="MinAge"/> ≤ <paramref name="age"/> ≤ <see cref="MaxAge"/>.</returns>
    public bool Contains(int age) => (MinAge is not { } min || age >= min) && (MaxAge is not { } max || age <= max);
}
