namespace Receivables.Aging.Kpis;

/// <summary>Credit sales of one period (usually a month), for the countback DSO.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Days">The number of days in the period (28 to 31 for a month), greater than zero.</param>
/// <param name="CreditSales">The credit sales of the period, not negative.</param>
public readonly record struct PeriodSales(int Days, Money CreditSales);
