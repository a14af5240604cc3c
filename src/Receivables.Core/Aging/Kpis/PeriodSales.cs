using Receivables.Internal;
namespace Receivables.Aging.Kpis;

/// <summary>Credit sales of one period (usually a month), for the countback DSO.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Days">The number of days in the period (28 to 31 for a month), greater than zero.</param>
/// <param name="CreditSales">The credit sales of the period, not negative.</param>
public readonly record struct PeriodSales(int Days, Money CreditSales)
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(PeriodSales), PrintMembers);
}
