namespace Receivables.Aging;

/// <summary>The date an <see cref="AgingScheme"/> counts the age of an open item from.</summary>
/// <remarks>Enumerations are immutable and thread-safe.</remarks>
public enum AgingBasis
{
    /// <summary>
    /// Days past the due date (as-of date − due date). Items due on or after the as-of date are not yet due
    /// (age ≤ 0) and land in the not-yet-due bucket(s); overdue buckets start at 1 day past due.
    /// </summary>
    DaysPastDue = 0,

    /// <summary>
    /// Days since the document date (as-of date − document date), regardless of the due date. The first bucket
    /// starts at 0 days; a document dated after the as-of date counts as 0 days old. There is no not-yet-due bucket.
    /// </summary>
    DaysSinceDocumentDate = 1,
}
