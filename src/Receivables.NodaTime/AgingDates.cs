using NodaTime;
using Receivables.Aging;
using Receivables.Ledger;

namespace Receivables.NodaTime;

/// <summary><see cref="LocalDate"/> overloads of the aging engine's object entry point.</summary>
/// <remarks>Converts the as-of date and calls <see cref="AgingEngine.Age(DateOnly, IEnumerable{OpenItem}, Func{OpenItem, string})"/>.
/// Thread-safe as the engine is.</remarks>
public static class AgingDates
{
    /// <summary>Ages open items on a date.</summary>
    /// <param name="engine">The engine.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="items">The open items, usually of <c>ledger.AsOf(asOf).OpenItems</c>.</param>
    /// <param name="groupBy">The group key; the default value groups by customer.</param>
    /// <returns>The report.</returns>
    public static AgingReport Age(this AgingEngine engine, LocalDate asOf, IEnumerable<OpenItem> items, Func<OpenItem, string>? groupBy = null)
        => LedgerDates.NotNull(engine).Age(asOf.ToDateOnly(), items, groupBy);
}
