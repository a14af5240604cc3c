namespace Receivables.Calendars;

/// <summary>How a date that is not a business day is moved to one (ISDA business-day conventions).</summary>
/// <remarks>An enum value; thread-safe.</remarks>
public enum BusinessDayConvention
{
    /// <summary>The date is kept even when it is not a business day.</summary>
    None = 0,

    /// <summary>The next business day after the date.</summary>
    Following = 1,

    /// <summary>The next business day, unless that falls in the next calendar month: then the previous business day.</summary>
    ModifiedFollowing = 2,

    /// <summary>The previous business day before the date.</summary>
    Preceding = 3,

    /// <summary>The previous business day, unless that falls in the previous calendar month: then the next business day.</summary>
    ModifiedPreceding = 4,
}
