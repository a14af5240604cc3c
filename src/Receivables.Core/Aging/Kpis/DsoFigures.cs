using Receivables.Internal;
namespace Receivables.Aging.Kpis;

/// <summary>DSO, best possible DSO and average days delinquent of one currency, computed together.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Dso">Days sales outstanding: total receivables ÷ credit sales × days.</param>
/// <param name="BestPossibleDso">Best possible DSO: current (not yet due) receivables ÷ credit sales × days.</param>
/// <param name="AverageDaysDelinquent">Average days delinquent: <paramref name="Dso"/> − <paramref name="BestPossibleDso"/>.</param>
public sealed record DsoFigures(decimal Dso, decimal BestPossibleDso, decimal AverageDaysDelinquent)
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(DsoFigures), PrintMembers);
}
