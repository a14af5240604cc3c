using Receivables.Internal;
namespace Receivables.Terms;

/// <summary>A stretch of a late-charge calculation with one rate, so a finance user can check the arithmetic.</summary>
/// <param name="First">The first day of interest.</param>
/// <param name="Last">The last day of interest (inclusive).</param>
/// <param name="Days">The days counted (by the policy's day count).</param>
/// <param name="AnnualPercent">The annual rate in percent (for a daily-rate policy: the daily rate × 365).</param>
/// <param name="Interest">The interest for the stretch: in whole minor units when daily interest is rounded, exact
/// otherwise (the total is then rounded once).</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record LateChargePeriod(DateOnly First, DateOnly Last, int Days, decimal AnnualPercent, Money Interest)
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(LateChargePeriod), PrintMembers);
}
