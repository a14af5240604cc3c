using System.Collections.Immutable;
using System.Globalization;
using Receivables.Internal;
using Receivables.Ledger;

namespace Receivables.Aging.Provisioning;

/// <summary>
/// Loss rates from payment cohorts (vintage analysis), beside <see cref="RollRateEstimate"/>: invoices are grouped by the
/// month or quarter they were dated in, each cohort's losses are followed at the end of every period since, and the
/// result is a loss rate per age that feeds a <see cref="ProvisionMatrix"/> the same way roll rates do
/// (<c>ProvisionMatrix.Create(estimate.Scheme, estimate.LossRates)</c>, or <see cref="ToMatrix"/>).
/// </summary>
/// <remarks>
/// <para><b>Cohorts.</b> From a ledger (<see cref="FromLedger"/>): every debit document (invoice, debit note, debit
/// adjustment) in the currency dated in a period that has ended on or before the as-of date; each cohort is observed on
/// its period's last day (age 0) and on every later period end up to the as-of date, each time on the ledger as it stood
/// that day (<see cref="ReceivablesLedger.Snapshots"/>), so back-dated postings and reversals count as the ledger dates
/// them. Write-offs are the applications of <see cref="DocumentKind.WriteOff"/> documents; everything else applied is
/// paid. Or from cohorts a host supplies (<see cref="FromCohorts"/>).</para>
/// <para><b>Per age k</b> (0 to <see cref="Horizon"/>), over the cohorts observed at that age, amount-weighted (pooled):
/// <see cref="AverageCumulativeLossRates"/>[k] = Σ loss ÷ Σ originated; <see cref="MarginalLossRates"/>[k] =
/// Σ (loss at k − loss at k−1) ÷ Σ originated, the average new loss of that age. The lifetime loss rate is the additive
/// chain Σₖ marginal(k) (capped to 0–1): each age's increment is averaged over every cohort mature enough to show it, so
/// young cohorts contribute to the early ages and only the old ones to the late ages. A cohort's projected lifetime loss
/// rate (<see cref="ProjectedLifetimeLossRates"/>) is its own cumulative rate at its current age plus the average
/// increments of the ages still ahead of it.</para>
/// <para><b>Matrix rates.</b> A provision matrix applies rates to what is open, not to what was originated. The rate of
/// age k is (losses still to come + the loss still open) ÷ what is open: (Σ marginal(j) over j &gt; k + lossStillOpen(k)) ÷
/// open(k), all as pooled shares of the amount originated, capped at 1, 0 when nothing was open; "loss still open" is the
/// loss not yet written off (at most the open amount: 0 under <see cref="VintageLossDefinition.WrittenOff"/>, the
/// defaulted balance under <see cref="VintageLossDefinition.DaysPastDue"/>). Balances older than the horizon take
/// <see cref="VintageOptions.OldestLossRate"/> (default 100 %). Then the forward-looking adjustment (1 + adjustment), capped
/// at 1. The matrix's <see cref="Scheme"/> buckets open items by the same age: calendar months (or quarters) between the
/// document date and the as-of date (<see cref="AgingClassifiers.CalendarMonths"/> by document date), so the rates fit
/// a provision as of a period end exactly.</para>
/// <para>Rates are <c>decimal</c> and not rounded; the matrix's <see cref="ProvisionRounding"/> decides the rounding.
/// Immutable and thread-safe.</para>
/// </remarks>
public sealed class VintageLossEstimate
{
    private VintageLossEstimate(VintageOptions options, int horizon, ImmutableArray<VintageCohort> cohorts)
    {
        Period = options.Period;
        Loss = options.Loss;
        Adjustment = options.Adjustment;
        Horizon = horizon;
        Cohorts = cohorts;
        var count = horizon + 1;
        var average = new decimal[count];
        var marginal = new decimal[count];
        var open = new decimal[count];
        var stillOpen = new decimal[count];
        var observed = new int[count];
        for (var k = 0; k < count; k++)
        {
            var originated = 0m;
            var loss = 0m;
            var increment = 0m;
            var openSum = 0m;
            var stillOpenSum = 0m;
            foreach (var cohort in cohorts.Where(c => c.Observations.Length > k))
            {
                var o = cohort.Observations[k];
                originated += cohort.Originated.Amount;
                loss += o.Loss.Amount;
                increment += o.Loss.Amount - (k == 0 ? 0m : cohort.Observations[k - 1].Loss.Amount);
                openSum += o.Open.Amount;
                stillOpenSum += o.LossStillOpen;
                observed[k] += cohort.Originated.IsZero ? 0 : 1;
            }

            if (originated != 0m)
            {
                average[k] = loss / originated;
                marginal[k] = increment / originated;
                open[k] = openSum / originated;
                stillOpen[k] = stillOpenSum / originated;
            }
        }

        AverageCumulativeLossRates = [.. average];
        MarginalLossRates = [.. marginal];
        OpenShares = [.. open];
        LifetimeLossRate = Clamp(marginal.Sum());
        ProjectedLifetimeLossRates = [.. cohorts.Select(c =>
        {
            var age = Math.Min(c.Age, horizon);
            return Clamp(c.CumulativeLossRates[age] + marginal.Skip(age + 1).Sum());
        })];

        Scheme = Period == VintagePeriod.Month
            ? AgingScheme.Create(AgingClassifiers.CalendarMonths(horizon), AgingBasis.DaysSinceDocumentDate)
            : AgingScheme.Create(new CalendarQuartersClassifier(horizon), AgingBasis.DaysSinceDocumentDate, new CalendarQuartersClassifier(horizon).Labels());
        var historical = new decimal[count];
        var reasons = new Reason[count];
        for (var k = 0; k < horizon; k++)
        {
            var remaining = marginal.Skip(k + 1).Sum() + stillOpen[k];
            historical[k] = open[k] <= 0m ? 0m : Clamp(remaining / open[k]);
            reasons[k] = AgingReasonCodes.VintageRate.With(Scheme.Buckets[k].Label, Percent(remaining), Percent(open[k]), Percent(historical[k]), observed[k]);
        }

        historical[horizon] = options.OldestLossRate;
        reasons[horizon] = AgingReasonCodes.VintageOldest.With(Scheme.Buckets[horizon].Label, Percent(options.OldestLossRate), horizon);
        HistoricalLossRates = [.. historical];
        LossRates = [.. historical.Select(r => Math.Min(1m, r * (1m + Adjustment)))];
        Reasons = [.. reasons];
    }

    /// <summary>Gets the origination period and unit of age.</summary>
    public VintagePeriod Period { get; }

    /// <summary>Gets what counted as lost.</summary>
    public VintageLossDefinition Loss { get; }

    /// <summary>Gets the forward-looking adjustment applied to <see cref="LossRates"/>.</summary>
    public decimal Adjustment { get; }

    /// <summary>Gets the lifetime in periods: ages 0 to <see cref="Horizon"/> are tracked.</summary>
    public int Horizon { get; }

    /// <summary>Gets the cohorts, oldest first; each holds its observations up to its age (ages beyond the horizon are left out).</summary>
    public ImmutableArray<VintageCohort> Cohorts { get; }

    /// <summary>Gets, per age 0 to <see cref="Horizon"/>, the pooled cumulative loss rate of the cohorts observed at that
    /// age: Σ loss ÷ Σ originated (0 to 1).</summary>
    public ImmutableArray<decimal> AverageCumulativeLossRates { get; }

    /// <summary>Gets, per age, the pooled new loss of that age ÷ Σ originated of the cohorts observed at it. 0 to 1 while
    /// losses only grow; a write-off reversed in a later period can make one negative (down to −1).</summary>
    public ImmutableArray<decimal> MarginalLossRates { get; }

    /// <summary>Gets, per age, the pooled share of the amount originated still open (0 to 1).</summary>
    public ImmutableArray<decimal> OpenShares { get; }

    /// <summary>Gets the lifetime loss rate: Σ <see cref="MarginalLossRates"/>, capped to 0–1.</summary>
    public decimal LifetimeLossRate { get; }

    /// <summary>Gets each cohort's projected lifetime loss rate (in the order of <see cref="Cohorts"/>): its cumulative
    /// rate at its current age plus the marginal rates of the ages after it, capped to 0–1.</summary>
    public ImmutableArray<decimal> ProjectedLifetimeLossRates { get; }

    /// <summary>Gets the scheme the matrix rates belong to: one bucket per age below the horizon and one for older
    /// balances, by calendar months (or quarters) since the document date.</summary>
    public AgingScheme Scheme { get; }

    /// <summary>Gets the loss rate per bucket of <see cref="Scheme"/> before the adjustment (0 to 1).</summary>
    public ImmutableArray<decimal> HistoricalLossRates { get; }

    /// <summary>Gets the loss rate per bucket of <see cref="Scheme"/> after the adjustment (0 to 1): what
    /// <see cref="ProvisionMatrix.Create"/> takes.</summary>
    public ImmutableArray<decimal> LossRates { get; }

    /// <summary>Gets why each bucket has its rate: <see cref="AgingReasonCodes.VintageRate"/> per age below the horizon,
    /// <see cref="AgingReasonCodes.VintageOldest"/> for the last bucket.</summary>
    public ImmutableArray<Reason> Reasons { get; }

    /// <summary>
    /// Follows the cohorts in a ledger's history. Every debit document in <paramref name="currency"/> dated in a period
    /// that ended on or before <paramref name="asOf"/> belongs to the cohort of its period; the current, unfinished period
    /// is left out.
    /// </summary>
    /// <param name="ledger">The ledger; its history is read through <see cref="ReceivablesLedger.Snapshots"/>.</param>
    /// <param name="asOf">The as-of date: observations are the period ends on or before it.</param>
    /// <param name="currency">The currency followed (one estimate per currency).</param>
    /// <param name="options">The options. The default value is <see cref="VintageOptions.Default"/>.</param>
    /// <returns>The estimate.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ledger"/> is null.</exception>
    /// <exception cref="ArgumentException">The options are invalid, or the history in the currency does not span two
    /// period ends (no age 1 to learn from) (all problems listed).</exception>
    public static VintageLossEstimate FromLedger(ReceivablesLedger ledger, DateOnly asOf, Currency currency, VintageOptions? options = null)
    {
        Guard.NotNull(ledger);
        options ??= VintageOptions.Default;
        var errors = options.Errors();
        Throw(errors, nameof(options));
        var period = options.Period;
        var lastIndex = VintagePeriods.Index(asOf, period) - (VintagePeriods.End(VintagePeriods.Index(asOf, period), period) == asOf ? 0 : 1);
        var firstIndex = int.MaxValue;
        foreach (var item in ledger.AsOf(asOf).Accounts.SelectMany(a => a.Items))
        {
            if (item.Document.IsDebit && item.Document.Amount.Currency == currency)
            {
                firstIndex = Math.Min(firstIndex, VintagePeriods.Index(item.Document.DocumentDate, period));
            }
        }

        if (firstIndex == int.MaxValue || lastIndex - firstIndex < 1)
        {
            Throw([Invariant($"The ledger has no {currency.Code} debits in a {period} that ended at least one {period} before {asOf:yyyy-MM-dd}: at least two ages are needed.")], nameof(ledger));
        }

        var horizon = Math.Min(options.Horizon ?? int.MaxValue, lastIndex - firstIndex);
        var cohortCount = lastIndex - firstIndex + 1;
        var sums = new (decimal Originated, decimal Paid, decimal WrittenOff, decimal Open, decimal Loss)[cohortCount][];
        for (var c = 0; c < cohortCount; c++)
        {
            sums[c] = new (decimal, decimal, decimal, decimal, decimal)[Math.Min(horizon, lastIndex - firstIndex - c) + 1];
        }

        var ends = Enumerable.Range(firstIndex, cohortCount).Select(i => VintagePeriods.End(i, period)).ToArray();
        var snapshots = ledger.Snapshots(ends);
        var settlements = new List<(DateOnly Date, decimal Amount, bool WriteOff)>();
        for (var j = 0; j < snapshots.Count; j++)
        {
            var date = snapshots[j].Date;
            foreach (var account in snapshots[j].Ledger.Accounts)
            {
                foreach (var item in account.Items)
                {
                    var document = item.Document;
                    if (!document.IsDebit || document.Amount.Currency != currency)
                    {
                        continue;
                    }

                    var cohort = VintagePeriods.Index(document.DocumentDate, period) - firstIndex;
                    var age = j - cohort;
                    if (age < 0 || age > horizon)
                    {
                        continue;
                    }

                    settlements.Clear();
                    var writtenOff = 0m;
                    foreach (var s in item.Settlements)
                    {
                        var isWriteOff = account.TryGetItem(s.Counterpart, out var counterpart) && counterpart.Document.Kind == DocumentKind.WriteOff;
                        settlements.Add((s.Date, s.Amount.Amount, isWriteOff));
                        writtenOff += isWriteOff ? s.Amount.Amount : 0m;
                    }

                    var amount = document.Amount.Amount;
                    var open = item.Open.Amount;
                    var loss = options.Loss.LossOf(amount, document.DueDate, date, settlements);
                    ref var cell = ref sums[cohort][age];
                    cell = (cell.Originated + amount, cell.Paid + (amount - open - writtenOff), cell.WrittenOff + writtenOff, cell.Open + open, cell.Loss + loss);
                }
            }
        }

        var cohorts = ImmutableArray.CreateBuilder<VintageCohort>(cohortCount);
        for (var c = 0; c < cohortCount; c++)
        {
            Money M(decimal value) => new(value, currency);
            cohorts.Add(VintageCohort.Create(
                VintagePeriods.Start(firstIndex + c, period),
                M(sums[c][0].Originated),
                sums[c].Select(s => new VintageObservation(M(s.Paid), M(s.WrittenOff), M(s.Open), M(s.Loss)))));
        }

        return new VintageLossEstimate(options, horizon, cohorts.MoveToImmutable());
    }

    /// <summary>Estimates from cohorts a host supplies (an old system's vintage table, a data warehouse).</summary>
    /// <param name="cohorts">The cohorts, in any order; distinct starts, each the first day of a period of
    /// <see cref="VintageOptions.Period"/>, all in one currency; the oldest must have at least two observations.</param>
    /// <param name="options">The options. The default value is <see cref="VintageOptions.Default"/>.</param>
    /// <returns>The estimate; cohorts ordered by start, each cut to the horizon.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cohorts"/> or a cohort is null.</exception>
    /// <exception cref="ArgumentException">Invalid options, no cohort, a start that is not a period start, a start twice,
    /// mixed currencies, or no cohort with two observations (all problems listed).</exception>
    public static VintageLossEstimate FromCohorts(IEnumerable<VintageCohort> cohorts, VintageOptions? options = null)
    {
        var list = Guard.NotNull(cohorts).Select((c, i) => c ?? throw new ArgumentNullException(nameof(cohorts), Invariant($"cohorts[{i}] is null."))).OrderBy(c => c.Start).ToList();
        options ??= VintageOptions.Default;
        var errors = options.Errors();
        if (list.Count == 0)
        {
            errors.Add("At least one cohort is required.");
        }

        foreach (var cohort in list)
        {
            if (errors.Count == 0 && !VintagePeriods.IsStart(cohort.Start, options.Period))
            {
                errors.Add(Invariant($"The cohort {cohort.Start:yyyy-MM-dd} does not start a {options.Period}."));
            }

            if (cohort.Originated.Currency != list[0].Originated.Currency)
            {
                errors.Add(Invariant($"The cohort {cohort.Start:yyyy-MM-dd} is in {cohort.Originated.Currency.Code}, the first in {list[0].Originated.Currency.Code}."));
            }
        }

        for (var i = 1; i < list.Count; i++)
        {
            if (list[i].Start == list[i - 1].Start)
            {
                errors.Add(Invariant($"Two cohorts start on {list[i].Start:yyyy-MM-dd}."));
            }
        }

        var oldest = list.Count == 0 ? 0 : list.Max(c => c.Age);
        if (list.Count > 0 && oldest < 1)
        {
            errors.Add("No cohort has two observations (ages 0 and 1): at least two ages are needed.");
        }

        Throw(errors, nameof(cohorts));
        var horizon = Math.Min(options.Horizon ?? int.MaxValue, oldest);
        var cut = list.Select(c => c.Age <= horizon ? c : VintageCohort.Create(c.Start, c.Originated, c.Observations.Take(horizon + 1)));
        return new VintageLossEstimate(options, horizon, [.. cut]);
    }

    /// <summary>A provision matrix with <see cref="LossRates"/> on <see cref="Scheme"/>.</summary>
    /// <param name="rounding">The rounding convention. The default value is <see cref="ProvisionRounding.Default"/>.</param>
    /// <returns>The matrix.</returns>
    public ProvisionMatrix ToMatrix(ProvisionRounding? rounding = null)
        => ProvisionMatrix.Create(Scheme, LossRates).WithRounding(rounding ?? ProvisionRounding.Default);

    private static decimal Clamp(decimal rate) => Math.Clamp(rate, 0m, 1m);

    private static decimal Percent(decimal share) => Alerts.AgingAlertRules.Trim(Math.Round(share * 100m, 2, MidpointRounding.AwayFromZero));

    private static void Throw(List<string> errors, string name)
    {
        if (errors.Count > 0)
        {
            throw new ArgumentException($"Cannot estimate vintage loss rates: {string.Join(" ", errors)}", name);
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
