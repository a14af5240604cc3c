using System.Collections.Immutable;
using System.Globalization;
using Receivables.Internal;

namespace Receivables.Aging.Provisioning;

/// <summary>
/// One cohort (vintage) of a <see cref="VintageLossEstimate"/>: the invoices originated in one month or quarter, the
/// amount originated, and the cohort's state at the end of each period since (age 0 = the end of the origination period
/// itself, age 1 = the end of the next period, …).
/// </summary>
/// <remarks>
/// <para>Every observation adds up: paid + written off + open = <see cref="Originated"/>; every loss is at most
/// <see cref="Originated"/>.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class VintageCohort
{
    private VintageCohort(DateOnly start, Money originated, ImmutableArray<VintageObservation> observations)
    {
        Start = start;
        Originated = originated;
        Observations = observations;
        CumulativeLossRates = [.. observations.Select(o => originated.IsZero ? 0m : o.Loss.Amount / originated.Amount)];
    }

    /// <summary>Gets the first day of the origination period (1 January 2026 for the cohort of January or of the first
    /// quarter of 2026).</summary>
    public DateOnly Start { get; }

    /// <summary>Gets the amount originated: the invoices (debit documents) dated in the period.</summary>
    public Money Originated { get; }

    /// <summary>Gets the state at each age, index = age in periods; as many as were observed.</summary>
    public ImmutableArray<VintageObservation> Observations { get; }

    /// <summary>Gets the cumulative loss rate at each age: loss ÷ amount originated (0 to 1; 0 when nothing was originated).</summary>
    public ImmutableArray<decimal> CumulativeLossRates { get; }

    /// <summary>Gets the oldest age observed (<see cref="Observations"/> count − 1).</summary>
    public int Age => Observations.Length - 1;

    /// <summary>Creates a cohort from figures a host has already (a data warehouse, an old system's vintage table).</summary>
    /// <param name="start">The first day of the origination period: the first of a month, or of January, April, July or
    /// October for quarters (checked by <see cref="VintageLossEstimate.FromCohorts"/>).</param>
    /// <param name="originated">The amount originated, not negative.</param>
    /// <param name="observations">The state at the end of each period, age 0 first; at least one.</param>
    /// <returns>The cohort.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="observations"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">No observation, <paramref name="originated"/> negative, or an observation in
    /// another currency, not adding up to <paramref name="originated"/>, or with a loss above it (all problems listed).</exception>
    public static VintageCohort Create(DateOnly start, Money originated, IEnumerable<VintageObservation> observations)
    {
        var list = Guard.NotNull(observations).ToImmutableArray();
        var errors = new List<string>();
        if (list.IsEmpty)
        {
            errors.Add("At least one observation (age 0) is required.");
        }

        if (originated.IsNegative || originated.Currency.IsDefault)
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"{nameof(originated)} ({originated}) must be a non-negative amount with a currency."));
        }

        for (var k = 0; k < list.Length; k++)
        {
            var o = list[k] ?? throw new ArgumentNullException(nameof(observations), Invariant($"observations[{k}] is null."));
            if (o.Paid.Currency != originated.Currency)
            {
                errors.Add(Invariant($"observations[{k}] is in {o.Paid.Currency.Code}, originated in {originated.Currency.Code}."));
                continue;
            }

            if (o.Total != originated)
            {
                errors.Add(Invariant($"observations[{k}]: paid {o.Paid.Amount} + written off {o.WrittenOff.Amount} + open {o.Open.Amount} = {o.Total.Amount}, not the {originated.Amount} originated."));
            }

            if (o.Loss.Amount > originated.Amount)
            {
                errors.Add(Invariant($"observations[{k}]: the loss {o.Loss.Amount} is above the {originated.Amount} originated."));
            }
        }

        if (errors.Count > 0)
        {
            throw new ArgumentException(Invariant($"Invalid cohort {start:yyyy-MM-dd}: {string.Join(" ", errors)}"), nameof(observations));
        }

        return new VintageCohort(start, originated, list);
    }

    /// <summary>Describes the cohort, such as "2026-01-01: 10000.00 EUR, 4 ages".</summary>
    /// <returns>The description (invariant).</returns>
    public override string ToString() => Invariant($"{Start:yyyy-MM-dd}: {Originated}, {Observations.Length} ages");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
