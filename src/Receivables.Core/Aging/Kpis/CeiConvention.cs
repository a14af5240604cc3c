namespace Receivables.Aging.Kpis;

/// <summary>Which credit sales figure the collection effectiveness index (CEI) adds to the beginning receivables.
/// Published sources disagree; the two give very different numbers for periods longer than a month.</summary>
/// <remarks>Enumerations are immutable and thread-safe.</remarks>
public enum CeiConvention
{
    /// <summary>
    /// The total credit sales of the period: (beginning + sales − ending total) ÷ (beginning + sales − ending current).
    /// Used by most practitioner articles (for example gaviti.com's one-year example) and equal to the other convention
    /// for a one-month period.
    /// </summary>
    TotalPeriodSales = 0,

    /// <summary>
    /// The average monthly credit sales, credit sales ÷ N for a period of N months (creditguru.com's "Monthly Credit
    /// Sales = Credit Sales / N"; Oracle Advanced Collections' CEI uses Credit Sales / N as well).
    /// </summary>
    AverageMonthlySales = 1,
}
