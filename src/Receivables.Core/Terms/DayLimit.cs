using Receivables.Internal;

namespace Receivables.Terms;

/// <summary>
/// One band of an SAP-style day-limit term: documents dated up to <see cref="LastDay"/> of their month fall due on
/// <see cref="DueDay"/> of the month <see cref="MonthsAhead"/> months later.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record DayLimit
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(DayLimit), PrintMembers);

    /// <summary>Initializes a band.</summary>
    /// <param name="lastDay">The last document day of the month in this band, 1 to 31.</param>
    /// <param name="dueDay">The day of the month the documents fall due, 1 to 31 (clamped to the month's length).</param>
    /// <param name="monthsAhead">How many months after the document's month, 0 to 120.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public DayLimit(int lastDay, int dueDay, int monthsAhead)
    {
        LastDay = Guard.InRange(lastDay, 1, 31);
        DueDay = Guard.InRange(dueDay, 1, 31);
        MonthsAhead = Guard.InRange(monthsAhead, 0, 120);
    }

    /// <summary>Gets the last document day of the month in this band.</summary>
    public int LastDay { get; }

    /// <summary>Gets the day of the month the documents fall due (clamped to the month's length).</summary>
    public int DueDay { get; }

    /// <summary>Gets how many months after the document's month the documents fall due.</summary>
    public int MonthsAhead { get; }
}
