namespace Receivables.Terms;

/// <summary>How interest days and the year length are counted.</summary>
/// <remarks>An enum value; thread-safe.</remarks>
public enum DayCount
{
    /// <summary>Actual days over a 365-day year (UK statutory interest, most contracts). The default.</summary>
    Actual365 = 0,

    /// <summary>Actual days over a 360-day year (money-market convention).</summary>
    Actual360 = 1,

    /// <summary>30E/360: every month counts 30 days (day 31 counts as 30) over a 360-day year.</summary>
    Thirty360 = 2,
}
