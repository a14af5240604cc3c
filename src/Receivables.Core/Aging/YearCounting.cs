namespace Receivables.Aging;

/// <summary>How <see cref="AgingClassifiers.CalendarYears"/> counts years of age.</summary>
/// <remarks>Enumerations are immutable and thread-safe.</remarks>
public enum YearCounting
{
    /// <summary>By anniversaries of the basis date (the default): an item is "1年以内" up to and including the first
    /// anniversary (含1年), "1-2年" after it up to and including the second, and so on. An item dated 29 February has its
    /// anniversary on 28 February in common years.</summary>
    Anniversary = 0,

    /// <summary>By calendar-year boundaries: "1年以内" is the as-of date's calendar year, "1-2年" the year before, and so
    /// on, whatever the day in the year.</summary>
    CalendarYear = 1,
}
