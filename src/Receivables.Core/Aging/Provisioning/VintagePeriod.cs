namespace Receivables.Aging.Provisioning;

/// <summary>The origination period that groups invoices into cohorts (vintages) for <see cref="VintageLossEstimate"/>;
/// ages are counted in the same periods.</summary>
/// <remarks>Enumerations are immutable and thread-safe.</remarks>
public enum VintagePeriod
{
    /// <summary>Calendar months: the cohort "2026-01" holds the invoices dated in January 2026; age 0 is its state on
    /// 31 January, age 1 on 28 February, and so on. The default.</summary>
    Month = 0,

    /// <summary>Calendar quarters (January to March, …): age 0 is the cohort's state on the quarter's last day.</summary>
    Quarter = 1,
}
