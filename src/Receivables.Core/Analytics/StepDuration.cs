using Receivables.Internal;
namespace Receivables.Analytics;

/// <summary>The time one item spent in one step: completed, or still in it on the as-of date (a lower bound).</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Customer">The customer.</param>
/// <param name="Item">The item.</param>
/// <param name="Days">The calendar days from the step's start to its end, or to the as-of date when
/// <paramref name="IsOpen"/>.</param>
/// <param name="IsOpen">Whether the item is still in the step on the as-of date (censored).</param>
public readonly record struct StepDuration(CustomerId Customer, DocumentId Item, int Days, bool IsOpen)
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(StepDuration), PrintMembers);
}
