namespace Receivables.Aging;

/// <summary>What an <see cref="IAgingClassifier"/> is given for one item.</summary>
/// <remarks>A read-only value with a public constructor, so a custom classifier can be unit-tested alone; fields may be
/// added later without breaking classifiers. <c>default</c> is 0001-01-01 for both dates and
/// <see cref="AgingBasis.DaysPastDue"/>. Immutable and thread-safe.</remarks>
public readonly struct AgingClassifierArguments
{
    /// <summary>Creates the arguments.</summary>
    /// <param name="asOf">The as-of date of the report.</param>
    /// <param name="basisDate">The item's basis date: its due date or its document date, per <paramref name="basis"/>.</param>
    /// <param name="basis">Which date <paramref name="basisDate"/> is.</param>
    public AgingClassifierArguments(DateOnly asOf, DateOnly basisDate, AgingBasis basis)
    {
        AsOf = asOf;
        BasisDate = basisDate;
        Basis = basis;
    }

    /// <summary>Gets the as-of date of the report.</summary>
    public DateOnly AsOf { get; }

    /// <summary>Gets the item's basis date (due date or document date).</summary>
    public DateOnly BasisDate { get; }

    /// <summary>Gets which date <see cref="BasisDate"/> is.</summary>
    public AgingBasis Basis { get; }

    /// <summary>Gets the age in days: <see cref="AsOf"/> − <see cref="BasisDate"/> (negative = days until due).</summary>
    public int AgeDays => AsOf.DayNumber - BasisDate.DayNumber;

    /// <summary>Gets whether the item is not yet due: a <see cref="AgingBasis.DaysPastDue"/> basis and an age ≤ 0.</summary>
    public bool IsNotYetDue => Basis == AgingBasis.DaysPastDue && AgeDays <= 0;
}
