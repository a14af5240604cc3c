using System.Globalization;
using Receivables.Internal;

namespace Receivables.Terms;

/// <summary>
/// The built-in late-charge policies. All interest is simple interest on the overdue amount, for the days from the day
/// after the due date to the payment date inclusive.
/// </summary>
/// <remarks>All policies are immutable and thread-safe.</remarks>
public static class LateChargePolicies
{
    /// <summary>Gets the policy that charges nothing.</summary>
    /// <remarks>Every policy's <see cref="ILateChargePolicy.Calculate"/> throws <see cref="ArgumentException"/> for the default
    /// (currency-less) <see cref="LateChargeArguments"/>.</remarks>
    public static ILateChargePolicy None { get; } = new NoCharge();

    /// <summary>
    /// Gets China's default when nothing was agreed: 0.05% of the overdue amount per day (万分之五), daily interest not
    /// rounded before summing.
    /// </summary>
    public static ILateChargePolicy ChinaDefaultDailyRate { get; } = DailyRate(0.05m);

    /// <summary>A contractual annual rate: 1,000.00 at 10% actual/365 for 73 days late = 20.00.</summary>
    /// <param name="percent">The annual rate in percent, 0 or more.</param>
    /// <param name="dayCount">The day count. The default value is <see cref="DayCount.Actual365"/>.</param>
    /// <param name="roundDailyInterest">Whether one day's interest is rounded to minor units before it is multiplied by the
    /// days (gov.uk's worked example does). The default value is <see langword="false"/>: the exact sum is rounded once.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percent"/> is negative or <paramref name="dayCount"/> is not defined.</exception>
    public static ILateChargePolicy AnnualRate(decimal percent, DayCount dayCount = DayCount.Actual365, bool roundDailyInterest = false)
        => new InterestPolicy(RateTable.Constant(Guard.NotNegative(percent)), 0m, Guard.Defined(dayCount), roundDailyInterest, fixRateAtDueDate: false, null, "annual rate");

    /// <summary>
    /// A variable contractual rate: a reference rate table plus a margin, the period split wherever the table changes
    /// (a payment late from 20 June to 10 July with a new rate on 1 July is charged in two stretches).
    /// </summary>
    /// <param name="rates">The reference rates by effective date.</param>
    /// <param name="marginPercent">Percentage points added to the reference rate, 0 or more.</param>
    /// <param name="dayCount">The day count. The default value is <see cref="DayCount.Actual365"/>.</param>
    /// <param name="roundDailyInterest">Whether daily interest is rounded before summing. The default value is <see langword="false"/>.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rates"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="marginPercent"/> is negative or <paramref name="dayCount"/> is not defined.</exception>
    public static ILateChargePolicy ReferenceRatePlus(RateTable rates, decimal marginPercent, DayCount dayCount = DayCount.Actual365, bool roundDailyInterest = false)
        => new InterestPolicy(Guard.NotNull(rates), Guard.NotNegative(marginPercent), Guard.Defined(dayCount), roundDailyInterest, fixRateAtDueDate: false, null, "reference rate plus margin");

    /// <summary>A daily rate: 10,000.00 at 0.05% per day for 30 days late = 150.00.</summary>
    /// <param name="percentPerDay">The rate per day in percent (0.05 means 0.05%), 0 or more.</param>
    /// <param name="roundDailyInterest">Whether daily interest is rounded before summing. The default value is <see langword="false"/>.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percentPerDay"/> is negative.</exception>
    public static ILateChargePolicy DailyRate(decimal percentPerDay, bool roundDailyInterest = false)
        => new InterestPolicy(RateTable.Constant(Guard.NotNegative(percentPerDay) * 365m), 0m, DayCount.Actual365, roundDailyInterest, fixRateAtDueDate: false, null, "daily rate");

    /// <summary>
    /// The UK Late Payment of Commercial Debts (Interest) Act 1998: 8% over the reference rate "prevailing at the end of
    /// the relevant day" (s. 4(2)), the relevant day being the day the payment was due. The reference rate of a half-year
    /// is the Bank of England base rate in force on the 31 December or 30 June before it; supply it keyed by the
    /// half-year start (1 January / 1 July), and the policy takes the entry in force on the due date, so a debt due on
    /// 30 June or 31 December keeps the half-year it fell due in. The rate is fixed for the whole debt, actual/365; plus
    /// the fixed sum of £40 (debt under £1,000), £70 (£1,000 to £9,999.99) or £100 (£10,000 or more). The debt must be in GBP.
    /// </summary>
    /// <param name="referenceRates">The base rates by half-year start, in percent.</param>
    /// <param name="roundDailyInterest">Whether daily interest is rounded to pence before summing, as in gov.uk's worked
    /// example. The default value is <see langword="true"/>.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="referenceRates"/> is <see langword="null"/>.</exception>
    public static ILateChargePolicy UkLatePayment(RateTable referenceRates, bool roundDailyInterest = true)
        => new InterestPolicy(Guard.NotNull(referenceRates), 8m, DayCount.Actual365, roundDailyInterest, fixRateAtDueDate: true, UkFixedSum, "UK Late Payment Act");

    /// <summary>
    /// The EU Late Payment Directive 2011/7/EU: the ECB reference rate for each half-year (in force on 1 January or
    /// 1 July) plus 8 percentage points, the period split at each half-year in the table, actual/365; plus a fixed €40
    /// per invoice (Art. 6).
    /// </summary>
    /// <param name="referenceRates">The reference rates by half-year start, in percent.</param>
    /// <param name="compensation">The fixed compensation, in the debt's currency. The default value is €40, which requires
    /// EUR debts; give the equivalent amount for other currencies.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="referenceRates"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="compensation"/> is negative, has no currency or is not rounded.</exception>
    public static ILateChargePolicy EuLatePaymentDirective(RateTable referenceRates, Money? compensation = null)
    {
        Guard.NotNull(referenceRates);
        var fixedSum = compensation ?? new Money(40m, Currency.EUR);
        if (fixedSum.Currency.IsDefault || !fixedSum.IsRounded || fixedSum.IsNegative)
        {
            throw new ArgumentException("The compensation must be a rounded, non-negative amount with a currency.", nameof(compensation));
        }

        return new InterestPolicy(referenceRates, 8m, DayCount.Actual365, false, fixRateAtDueDate: false, _ => fixedSum, "EU Directive 2011/7/EU");
    }

    /// <summary>
    /// China's late interest owed by government bodies, public institutions and large enterprises to small and
    /// medium-sized suppliers (保障中小企业款项支付条例, 国务院令第802号, 2025, Art. 17 in the Central People's Government's
    /// text): an agreed annual rate, which must not be below the one-year loan prime rate (LPR) in force when the contract
    /// was signed; without an agreed rate, 0.05% a day (<see cref="ChinaDefaultDailyRate"/>).
    /// </summary>
    /// <param name="agreedAnnualPercent">The agreed annual rate in percent, or <see langword="null"/> when none was agreed.</param>
    /// <param name="oneYearLprPercent">The one-year LPR in percent on the signing date, supplied by the caller (the library
    /// ships no rates), for example 3.0 for 3.0%.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="oneYearLprPercent"/> is negative, or
    /// <paramref name="agreedAnnualPercent"/> is below it (see <see cref="PaymentTermLimit.CheckChinaSmeLateInterest"/>
    /// for the same check as a result).</exception>
    public static ILateChargePolicy ChinaSmeLateInterest(decimal? agreedAnnualPercent, decimal oneYearLprPercent)
    {
        Guard.NotNegative(oneYearLprPercent);
        if (agreedAnnualPercent is not { } agreed)
        {
            return ChinaDefaultDailyRate;
        }

        return PaymentTermLimit.CheckChinaSmeLateInterest(agreed, oneYearLprPercent) is { } reason
            ? throw Guard.OutOfRange(nameof(agreedAnnualPercent), agreed, reason.Text)
            : AnnualRate(agreed);
    }

    /// <summary>
    /// One policy per currency: a run over a ledger in several currencies charges EUR items under the EU Directive
    /// (whose €40 fixed sum needs EUR debts) and CNY items at 万分之五 a day, say. Items in a currency not named are
    /// charged under <paramref name="otherwise"/>.
    /// </summary>
    /// <param name="policies">The policy per currency; copied, so later changes to the dictionary do not reach the
    /// policy.</param>
    /// <param name="otherwise">The policy for other currencies. The default value is <see cref="None"/> (nothing charged).</param>
    /// <returns>The policy; its name lists the currencies.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policies"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="policies"/> holds a null policy or the default currency.</exception>
    public static ILateChargePolicy ByCurrency(IReadOnlyDictionary<Currency, ILateChargePolicy> policies, ILateChargePolicy? otherwise = null)
    {
        var copy = Entries(policies, currency => currency.IsDefault, "a currency");
        var names = string.Join(", ", copy.OrderBy(p => p.Key.Code, StringComparer.Ordinal).Select(p => p.Key.Code + ": " + p.Value));
        return new Selecting(arguments => copy.GetValueOrDefault(arguments.Overdue.Currency), otherwise ?? None, "by currency (" + names + ")");
    }

    /// <summary>
    /// One policy per customer, for the customers the contract or the credit team treats apart: key accounts exempt from
    /// late charges (<see cref="None"/>), a customer with an agreed rate. Every other customer, and arguments that name no
    /// customer (<see cref="LateChargeArguments.Customer"/> is null), are charged under <paramref name="otherwise"/>.
    /// </summary>
    /// <param name="policies">The policy per customer; copied, so later changes to the dictionary do not reach the policy.</param>
    /// <param name="otherwise">The policy for every other customer.</param>
    /// <returns>The policy; its name counts the customers named and names <paramref name="otherwise"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policies"/> or <paramref name="otherwise"/> is
    /// <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="policies"/> holds a null policy or the default customer id.</exception>
    public static ILateChargePolicy ByCustomer(IReadOnlyDictionary<CustomerId, ILateChargePolicy> policies, ILateChargePolicy otherwise)
    {
        var copy = Entries(policies, customer => customer.IsDefault, "a customer id");
        Guard.NotNull(otherwise);
        var name = string.Create(CultureInfo.InvariantCulture, $"by customer ({copy.Count} named, otherwise {otherwise})");
        return new Selecting(arguments => arguments.Customer is { } customer ? copy.GetValueOrDefault(customer) : null, otherwise, name);
    }

    /// <summary>A copy of a selecting policy's table, every entry checked (a key, a policy).</summary>
    private static Dictionary<TKey, ILateChargePolicy> Entries<TKey>(IReadOnlyDictionary<TKey, ILateChargePolicy> policies, Func<TKey, bool> isDefault, string key)
        where TKey : notnull
    {
        Guard.NotNull(policies);
        var copy = new Dictionary<TKey, ILateChargePolicy>(policies.Count);
        foreach (var (entry, policy) in policies)
        {
            if (isDefault(entry) || policy is null)
            {
                throw new ArgumentException("Every entry needs " + key + " and a policy.", nameof(policies));
            }

            copy.Add(entry, policy);
        }

        return copy;
    }

    internal static int Days360(DateOnly from, DateOnly to)
    {
        var d1 = Math.Min(from.Day, 30);
        var d2 = Math.Min(to.Day, 30);
        return (360 * (to.Year - from.Year)) + (30 * (to.Month - from.Month)) + (d2 - d1);
    }

    private static void RequireCurrency(LateChargeArguments arguments)
    {
        if (arguments.Overdue.Currency.IsDefault)
        {
            throw new ArgumentException("The arguments have no currency (default value).", nameof(arguments));
        }
    }

    private static Money UkFixedSum(Money debt)
    {
        if (debt.Currency != Currency.GBP)
        {
            throw new ArgumentException("The UK Late Payment Act policy needs a GBP debt, not " + debt.Currency.Code + ".", nameof(debt));
        }

        var amount = debt.Amount < 1000m ? 40m : debt.Amount < 10000m ? 70m : 100m;
        return new Money(amount, Currency.GBP);
    }

    /// <summary>Asks the policy that <c>select</c> picks for the arguments, else <c>otherwise</c>.</summary>
    private sealed class Selecting(Func<LateChargeArguments, ILateChargePolicy?> select, ILateChargePolicy otherwise, string name) : ILateChargePolicy
    {
        public LateCharge Calculate(in LateChargeArguments arguments)
        {
            RequireCurrency(arguments);
            return (select(arguments) ?? otherwise).Calculate(arguments);
        }

        public override string ToString() => name;
    }

    private sealed class NoCharge : ILateChargePolicy
    {
        public LateCharge Calculate(in LateChargeArguments arguments)
        {
            RequireCurrency(arguments);
            var zero = Money.Zero(arguments.Overdue.Currency);
            return new LateCharge(zero, zero, []);
        }

        public override string ToString() => "none";
    }

    private sealed class InterestPolicy(
        RateTable rates, decimal margin, DayCount dayCount, bool roundDaily, bool fixRateAtDueDate, Func<Money, Money>? compensation, string name) : ILateChargePolicy
    {
        public LateCharge Calculate(in LateChargeArguments arguments)
        {
            RequireCurrency(arguments);
            try
            {
                return Compute(arguments);
            }
            catch (OverflowException ex) when (ex is not AmountOverflowException)
            {
                throw AmountOverflowException.For($"late charge ({name})", ex, arguments.Overdue, string.Create(CultureInfo.InvariantCulture, $"{arguments.DaysLate} days"));
            }
        }

        private LateCharge Compute(in LateChargeArguments arguments)
        {
            var overdue = arguments.Overdue;
            var currency = overdue.Currency;
            if (arguments.DaysLate == 0 || overdue.IsZero)
            {
                return new LateCharge(Money.Zero(currency), Money.Zero(currency), []);
            }

            var first = arguments.DueDate.AddDays(1);
            var last = arguments.PaidOn;
            var stretches = fixRateAtDueDate ? [(first, last, rates.RateOn(arguments.DueDate))] : rates.Split(first, last).ToList();
            var basis = dayCount == DayCount.Actual360 || dayCount == DayCount.Thirty360 ? 360m : 365m;
            var periods = new List<LateChargePeriod>(stretches.Count);
            var exactTotal = 0m;
            foreach (var (from, to, rate) in stretches)
            {
                var percent = rate + margin;
                var days = dayCount == DayCount.Thirty360 ? Days360(from.AddDays(-1), to) : to.DayNumber - from.DayNumber + 1;
                decimal interest;
                if (roundDaily)
                {
                    var daily = Math.Round(overdue.Amount * percent / 100m / basis, currency.MinorUnits, MidpointRounding.AwayFromZero);
                    interest = daily * days;
                }
                else
                {
                    interest = overdue.Amount * percent / 100m * days / basis;
                }

                exactTotal += interest;
                periods.Add(new LateChargePeriod(from, to, days, percent, new Money(interest, currency)));
            }

            var total = new Money(Math.Round(exactTotal, currency.MinorUnits, MidpointRounding.AwayFromZero), currency);
            var fixedSum = compensation?.Invoke(overdue) ?? Money.Zero(currency);
            if (fixedSum.Currency != currency)
            {
                throw new CurrencyMismatchException(currency, fixedSum.Currency);
            }

            return new LateCharge(total, fixedSum, periods);
        }

        public override string ToString() => name;
    }
}
