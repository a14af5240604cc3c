using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Receivables.Calendars;
using Receivables.Terms;

namespace Receivables.Tests.Support;

/// <summary>Generators for payment terms, due-date rules and calendars.</summary>
public static partial class Arbitraries
{
    private static readonly string[] FormulaTerms =
        ["{0}D", "{0}W", "{0}M", "{0}Q", "{0}Y", "CW", "CM", "CQ", "CY", "-CW", "-CM", "-CQ", "-CY", "D{1}", "WD{2}", "-WD{2}", "-{0}D", "-{0}M", "CM+0D"];

    private static readonly string[] NoiseTokens =
        ["NET", "EOM", "DEPOSIT", "BALANCE", "net", "%", "/", ",", "+", "-", "CM", "D", "WD", "W", "C", "Q", " ", " ", "  ", "\t",
         "0", "1", "30", "2/10", "100", "100000", "100001", "2147483647", "99999999999999999999999999999", ".", "EUR", "JPY", "KWD",
         "500.00", "1e5", "é", "ß", "٣", "−", "%%", ",,", "0.0000000000000000000000000001", "-0", "D0", "D32", "WD8", "-D5"];

    /// <summary>A date from 2023 to 2027 (covers the bundled China calendar, leap day 2024 and year ends).</summary>
    public static Gen<DateOnly> DateGen { get; } = Gen.Choose(0, 1825).Select(d => new DateOnly(2023, 1, 1).AddDays(d));

    /// <summary>A Business Central formula text of one to four terms.</summary>
    public static Gen<string> FormulaTextGen { get; } =
        from count in Gen.Choose(1, 4)
        from parts in Gen.ArrayOf(
            from template in Gen.Elements(FormulaTerms)
            from n in Gen.Choose(0, 400)
            from day in Gen.Choose(1, 31)
            from weekday in Gen.Choose(1, 7)
            select string.Format(CultureInfo.InvariantCulture, template, n % 40 == 0 ? n : n % 40, day, weekday),
            count)
        select string.Concat(parts.Select((p, i) => i == 0 || p.StartsWith('-') ? p : "+" + p));

    /// <summary>A rule the notation can express: net days, end of month + days (up to the limit), or a formula, including
    /// <c>CM+0D</c>, which must not be written as <c>EOM</c>.</summary>
    public static Gen<IDueDateRule> NotationRuleGen { get; } = Gen.OneOf(
        Gen.Choose(0, 120).Select(d => (IDueDateRule)DueDateRules.NetDays(d)),
        Gen.Choose(0, 60).Select(d => (IDueDateRule)DueDateRules.EndOfMonthPlusDays(d)),
        Gen.Choose(0, DateFormula.MaxNumber).Select(d => (IDueDateRule)DueDateRules.EndOfMonthPlusDays(d)),
        Gen.Elements("CM+0D", "0D+CM", "-WD5", "CM-0D").Select(t => (IDueDateRule)DateFormula.Parse(t)),
        FormulaTextGen.Select(t => (IDueDateRule)DateFormula.Parse(t)));

    /// <summary>Random text made of notation tokens, limits, odd characters and any characters at all.</summary>
    public static Gen<string> NotationNoiseGen { get; } = Gen.OneOf(
        Gen.Choose(1, 8).SelectMany(n => Gen.ArrayOf(Gen.Elements(NoiseTokens), n)).Select(string.Concat),
        Gen.Choose(1, 8).SelectMany(n => Gen.ArrayOf(Gen.Elements(NoiseTokens), n)).Select(parts => string.Join(' ', parts)),
        Gen.Choose(0, 40).SelectMany(n => Gen.ArrayOf(Gen.Choose(0, 0x2FFF).Select(c => (char)c), n)).Select(chars => new string(chars)));

    /// <summary>Any built-in rule, including day limits and payment days.</summary>
    public static Gen<IDueDateRule> AnyRuleGen { get; } = Gen.OneOf(
        NotationRuleGen,
        Gen.Choose(0, 90).Select(d => (IDueDateRule)DueDateRules.DaysThenEndOfMonth(d)),
        Gen.Choose(0, 6).Select(m => (IDueDateRule)DueDateRules.MonthsAfterEndOfMonth(m)),
        Gen.Choose(1, 31).Select(d => (IDueDateRule)DueDateRules.DayOfNextMonth(d)),
        Gen.Choose(0, 60).SelectMany(n => Gen.Choose(1, 31).Select(d => (IDueDateRule)DueDateRules.DaysThenDayOfFollowingMonth(n, d))),
        Gen.Choose(0, 24).Select(m => (IDueDateRule)DueDateRules.MonthsKeepingDay(m)),
        Gen.Constant(DueDateRules.SapDayLimits()),
        Gen.Choose(0, 90).Select(d => DueDateRules.WithPaymentDays(DueDateRules.NetDays(d), [5, 20], [new NonPaymentPeriod(8, 1, 8, 31)])));

    /// <summary>A calendar: China, Saturday-Sunday, Friday-Saturday, or China plus a shutdown week.</summary>
    public static Gen<IBusinessCalendar> CalendarGen { get; } = Gen.Elements<IBusinessCalendar>(
        BusinessCalendars.ChinaMainland,
        BusinessCalendars.SaturdaySunday,
        BusinessCalendar.WeekendOnly("FRI-SAT", WeekendDays.FridaySaturday),
        BusinessCalendars.Union(
            BusinessCalendars.ChinaMainland,
            CalendarFile.Parse("2026-07-27..2026-08-07 summer shutdown", "SHUTDOWN", WeekendDays.None)));

    /// <summary>A business-day convention.</summary>
    public static Gen<BusinessDayConvention> ConventionGen { get; } = Gen.Elements(Enum.GetValues<BusinessDayConvention>());

    /// <summary>Discount tiers the notation can express (no grace days).</summary>
    public static Gen<DiscountTier[]> TiersGen { get; } =
        Gen.Choose(0, 3).SelectMany(n => Gen.ArrayOf(
            from hundredths in Gen.Choose(1, 9999)
            from days in Gen.Choose(0, 60)
            select DiscountTier.Within(hundredths / 100m, days),
            n));

    /// <summary>A term the notation can express: percent lines (and optionally deposits, a balance and a fixed EUR deposit).</summary>
    public static Gen<PaymentTerm> NotationTermGen { get; } =
        from count in Gen.Choose(1, 4)
        from withBalance in Gen.Elements(true, false)
        from withFixed in Gen.Elements(true, false)
        from cuts in Gen.ArrayOf(Gen.Choose(1, 9999), count - 1)
        from rules in Gen.ArrayOf(NotationRuleGen, count + 1)
        from tiers in Gen.ArrayOf(TiersGen, count + 1)
        from deposits in Gen.ArrayOf(Gen.Elements(false, false, true), count)
        from fixedCents in Gen.Choose(1, 100_000)
        select BuildTerm(count, withBalance, withFixed, cuts, rules, tiers, deposits, fixedCents);

    /// <summary>An invoice total in EUR, JPY or KWD, from zero to 10 million minor units.</summary>
    public static Gen<Money> TotalGen(Currency currency) => Gen.Choose(0, 10_000_000).Select(u => new Money(u * currency.MinorUnit, currency));

    /// <summary>A balance-line residual policy (every one that never produces a negative installment).</summary>
    public static Gen<IResidualPolicy> ResidualGen { get; } =
        Gen.Elements(
            ResidualPolicies.LastLine,
            ResidualPolicies.LargestRemainder,
            ResidualPolicies.Using(RemainderPolicies.LastPart),
            ResidualPolicies.Using(RemainderPolicies.FirstPart));

    /// <summary>A rounding policy for installment and discount amounts, including whole units and cash rounding.</summary>
    public static Gen<IRoundingPolicy> TermRoundingGen { get; } =
        Gen.Elements(
            RoundingPolicies.HalfAwayFromZero,
            RoundingPolicies.HalfToEven,
            RoundingPolicies.TowardsZero,
            RoundingPolicies.Cash(1m),
            RoundingPolicies.Cash(0.05m),
            RoundingPolicies.Cash(0.05m, MidpointRounding.ToPositiveInfinity));

    private static PaymentTerm BuildTerm(int count, bool withBalance, bool withFixed, int[] cuts, IDueDateRule[] rules, DiscountTier[][] tiers, bool[] deposits, int fixedCents)
    {
        // Percent lines share 100% (or 40% when a balance line follows), in hundredths of a percent.
        var whole = withBalance ? 4000 : 10000;
        var points = cuts.Select(c => c * whole / 10000).Append(0).Append(whole).Distinct().Order().ToArray();
        var lines = new List<InstallmentLine>();
        for (var i = 1; i < points.Length; i++)
        {
            var percent = (points[i] - points[i - 1]) / 100m;
            lines.Add(deposits[i - 1] ? InstallmentLine.Deposit(percent) : InstallmentLine.Percentage(percent, rules[i - 1], tiers[i - 1]));
        }

        if (withBalance)
        {
            if (withFixed)
            {
                lines.Insert(0, InstallmentLine.DepositAmount(new Money(fixedCents / 100m, Currency.EUR)));
            }

            lines.Add(InstallmentLine.Balance(rules[count], tiers[count]));
        }

        return PaymentTerm.Create([.. lines]);
    }
}
