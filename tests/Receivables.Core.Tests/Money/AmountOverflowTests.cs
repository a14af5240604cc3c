using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using Receivables.Aging;
using Receivables.Ledger;
using Receivables.Matching;
using Receivables.Terms;
using Receivables.Terms.Billing;
using Receivables.Tests.Support;

namespace Receivables.Tests;

/// <summary>
/// Overflow anywhere surfaces as one documented type (<see cref="AmountOverflowException"/>) or is refused at the door
/// naming the field (amounts above <see cref="Document.MaxAmount"/>), never as a bare <see cref="OverflowException"/>.
/// Issue 18: "sums of two 5e28 invoices, allocation of huge amounts, annual rates on huge amounts".
/// </summary>
public sealed class AmountOverflowTests
{
    private static readonly CustomerId Acme = new("ACME");
    private static readonly DateOnly Jan31 = new(2026, 1, 31);
    private static readonly Currency Kwd = Currency.FromCode("KWD");

    [Fact]
    public void Plus_TwoAmountsOf5E28_ThrowsAmountOverflowNamingTheOperands()
    {
        var huge = new Money(5e28m, Currency.EUR);

        var error = Assert.Throws<AmountOverflowException>(() => huge + huge);

        Assert.Equal("Money.Plus", error.Operation);
        Assert.Contains("50000000000000000000000000000.00 EUR", error.Message, StringComparison.Ordinal);
        Assert.IsType<OverflowException>(error.InnerException);
    }

    [Fact]
    public void MinusTimesDivide_BeyondDecimal_ThrowAmountOverflow()
    {
        var huge = new Money(7e28m, Currency.EUR);

        Assert.Equal("Money.Minus", Assert.Throws<AmountOverflowException>(() => huge - (-huge)).Operation);
        Assert.Equal("Money.Multiply", Assert.Throws<AmountOverflowException>(() => huge * 2m).Operation);
        Assert.Equal("Money.Divide", Assert.Throws<AmountOverflowException>(() => huge / 0.5m).Operation);
    }

    [Fact]
    public void Allocate_AmountBeyondMinorUnitRange_ThrowsAmountOverflow()
    {
        var huge = new Money(7.9e28m, Currency.EUR);

        Assert.Equal("Money.Allocate", Assert.Throws<AmountOverflowException>(() => huge.Allocate([1m, 1m, 1m])).Operation);
        Assert.Throws<AmountOverflowException>(() => huge.AllocateByPercentages([33.3m, 66.7m]));
    }

    [Fact]
    public void Allocate_RatiosAddingUpBeyondDecimal_RefusedNamingRatios()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Money.Of(100m, "EUR").Allocate([decimal.MaxValue, decimal.MaxValue]));

        Assert.Equal("ratios", error.ParamName);
    }

    [Fact]
    public void Invoice_AboveMaxAmount_RefusedNamingAmountSoTwoCannotOverflowTheBalance()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Document.Invoice(new("INV-1"), Acme, new Money(5e28m, Currency.EUR), Jan31, Jan31));

        Assert.Equal("amount", error.ParamName);
        Assert.Contains("Document.MaxAmount", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ledger_TwoInvoicesAtMaxAmount_BalanceAndAgingAreExact()
    {
        var max = new Money(Document.MaxAmount, Currency.EUR);
        var builder = ReceivablesLedger.CreateBuilder();
        builder.Post(Document.Invoice(new("INV-1"), Acme, max, Jan31, Jan31));
        builder.Post(Document.Invoice(new("INV-2"), Acme, max, Jan31, Jan31.AddDays(30)));
        var ledger = builder.ToLedger();

        var report = AgingEngine.Create(AgingScheme.ErpNextDefault).Age(Jan31.AddDays(45), ledger.OpenItems);

        Assert.Equal(new Money(2_000_000_000_000_000_000m, Currency.EUR), ledger.Account(Acme).BalanceIn(Currency.EUR));
        Assert.Equal(2_000_000_000_000_000_000m, report.Section(Currency.EUR).GrandTotal.Amount);
    }

    [Fact]
    public void OpenItemAndStatementLine_AboveMaxAmount_RefusedNamingTheField()
    {
        var huge = new Money(1e19m, Currency.EUR);

        Assert.Equal("open", Assert.Throws<ArgumentOutOfRangeException>(() => new OpenItem(new("INV-1"), Acme, huge, Jan31, Jan31)).ParamName);
        Assert.Equal("amount", Assert.Throws<ArgumentOutOfRangeException>(() => new StatementLine("L1", Jan31, Jan31, -huge)).ParamName);
    }

    [Fact]
    public void LateCharge_AnnualRateOnAnAmountNearDecimalMax_ThrowsAmountOverflowNamingThePolicy()
    {
        var overdue = new Money(7.9e28m, Currency.EUR);

        var error = Assert.Throws<AmountOverflowException>(
            () => LateChargePolicies.AnnualRate(10m).Calculate(new LateChargeArguments(overdue, Jan31, Jan31.AddDays(3000))));

        Assert.Contains("late charge", error.Operation, StringComparison.Ordinal);
        Assert.Contains("3000 days", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LateCharge_MaxAmountAtTenPercentForTwentyFiveYears_IsExact()
    {
        // 10^18 EUR at 10% a year for 9,125 days (Actual/365: 25 years) is 2.5 × 10^18 of interest: well inside decimal.
        var overdue = new Money(Document.MaxAmount, Currency.EUR);

        var charge = LateChargePolicies.AnnualRate(10m).Calculate(new LateChargeArguments(overdue, Jan31, Jan31.AddDays(9125)));

        Assert.Equal(new Money(2_500_000_000_000_000_000m, Currency.EUR), charge.Interest);
    }

    [Fact]
    public void TermScheduleAndBillingPrice_AboveMaxAmount_RefusedNamingTheField()
    {
        var huge = new Money(7.9e28m, Currency.EUR);

        Assert.Equal("total", Assert.Throws<ArgumentOutOfRangeException>(() => TermNotation.Parse("2/10 NET 30").Schedule(huge, new TermDates(Jan31))).ParamName);
        Assert.Equal("price", Assert.Throws<ArgumentOutOfRangeException>(() => BillingContract.Create(Jan31, huge, BillingFrequency.Monthly)).ParamName);
    }

    [Fact]
    public void TermSchedule_NearYear9999_RefusedNamingDates()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => TermNotation.Parse("NET 30").Schedule(Money.Of(100m, "EUR"), new TermDates(new DateOnly(9999, 12, 15))));

        Assert.Equal("dates", error.ParamName);
    }

    /// <summary>Amounts over the whole decimal range in currencies with 0, 2 and 3 minor units.</summary>
    private static readonly Gen<(decimal A, decimal B, Currency Currency)> WidePair =
        from currency in Gen.Elements(Currency.JPY, Currency.EUR, Kwd)
        from a in WideUnits
        from b in WideUnits
        select (Scale(a, currency), Scale(b, currency), currency);

    private static Gen<BigInteger> WideUnits =>
        from digits in Gen.Choose(0, 29)
        from mantissa in Gen.Choose(0, int.MaxValue)
        from negative in Gen.Elements(false, true)
        let magnitude = BigInteger.Min(BigInteger.Pow(10, digits) * mantissa / int.MaxValue, (BigInteger)decimal.MaxValue)
        select negative ? -magnitude : magnitude;

    private static decimal Scale(BigInteger units, Currency currency)
        => BigInteger.Abs(units) * BigInteger.Pow(10, currency.MinorUnits) > (BigInteger)decimal.MaxValue
            ? (decimal)(units / BigInteger.Pow(10, currency.MinorUnits))
            : (decimal)units * currency.MinorUnit;

    [Fact]
    public void PlusMinus_AnyAmounts_ExactOrAmountOverflowNeverBare()
    {
        Properties.Check(WidePair.ToArbitrary(), x =>
        {
            var a = new Money(x.A, x.Currency);
            var b = new Money(x.B, x.Currency);
            Check(a, b, (p, q) => p + q, Exact(x.A) + Exact(x.B));
            Check(a, b, (p, q) => p - q, Exact(x.A) - Exact(x.B));
        });
    }

    private static void Check(Money a, Money b, Func<Money, Money, Money> op, BigRational exact)
    {
        if (exact.Fits)
        {
            // decimal keeps 28-29 significant digits: the result is the exact value, or within one part in 10^27.
            var actual = new BigRational(op(a, b).Amount);
            Assert.True(exact.CloseTo(actual), $"{a} and {b}: {op(a, b).Amount}");
        }
        else
        {
            var error = Record.Exception(() => op(a, b));
            Assert.IsType<AmountOverflowException>(error);
        }
    }

    [Fact]
    public void Allocate_AnyAmountAndRatios_PartsAddUpOrAmountOverflow()
    {
        var gen = from pair in WidePair
                  from ratios in Arbitraries.RatiosGen
                  select (pair, ratios);
        Properties.Check(gen.ToArbitrary(), x =>
        {
            var amount = new Money(x.pair.A, x.pair.Currency);
            try
            {
                var parts = amount.Allocate(x.ratios);
                Assert.Equal(amount.Amount, parts.Sum(p => p.Amount));
            }
            catch (OverflowException error)
            {
                Assert.IsType<AmountOverflowException>(error);
            }
        });
    }

    private static BigRational Exact(decimal value) => new(value);

    /// <summary>A decimal's exact value as a scaled integer, to add and subtract without overflow.</summary>
    private readonly struct BigRational(BigInteger units, int scale)
    {
        public BigRational(decimal value)
            : this(UnitsOf(value), value.Scale)
        {
        }

        public bool Fits => BigInteger.Abs(units) <= (BigInteger)decimal.MaxValue * BigInteger.Pow(10, scale);

        public bool CloseTo(BigRational other)
        {
            var difference = BigInteger.Abs((this - other).Units);
            var common = Math.Max(scale, other.Scale);
            var magnitude = BigInteger.Abs(units * BigInteger.Pow(10, common - scale));
            return difference == 0 || difference * BigInteger.Pow(10, 27) <= magnitude;
        }

        public static BigRational operator +(BigRational x, BigRational y) => Combine(x, y, 1);

        public static BigRational operator -(BigRational x, BigRational y) => Combine(x, y, -1);

        private static BigRational Combine(BigRational x, BigRational y, int sign)
        {
            var scale = Math.Max(x.Scale, y.Scale);
            return new BigRational((x.Units * BigInteger.Pow(10, scale - x.Scale)) + (sign * y.Units * BigInteger.Pow(10, scale - y.Scale)), scale);
        }

        private BigInteger Units => units;

        private int Scale => scale;

        private static BigInteger UnitsOf(decimal value)
        {
            Span<int> bits = stackalloc int[4];
            decimal.GetBits(value, bits);
            var magnitude = ((BigInteger)unchecked((uint)bits[2]) << 64) | ((BigInteger)unchecked((uint)bits[1]) << 32) | unchecked((uint)bits[0]);
            return value < 0 ? -magnitude : magnitude;
        }
    }
}

/// <summary>Financial statement figures: refused above 10^18 naming the field; ratios with a tiny denominator do not overflow.</summary>
public sealed class FinancialFigureLimitTests
{
    [Fact]
    public void Figure_AboveMaxFigure_RefusedNamingTheField()
    {
        Assert.Equal("Ebit", Assert.Throws<ArgumentOutOfRangeException>(() => new Receivables.Credit.FinancialStatements { Ebit = -2e18m }).ParamName);
        Assert.Equal("Sales", Assert.Throws<ArgumentOutOfRangeException>(() => new Receivables.Credit.FinancialStatements { Sales = 7e28m }).ParamName);
        Assert.Equal("TotalAssets", Assert.Throws<ArgumentOutOfRangeException>(() => new Receivables.Credit.FinancialStatements { TotalAssets = 1e19m }).ParamName);
    }

    [Fact]
    public void Ratio_LargestFigureOverATinyDenominator_IsComputedNotOverflowed()
    {
        var ratio = Receivables.Credit.FinancialStatements.Ratio(Receivables.Credit.FinancialStatements.MaxFigure, 0.0000000000001m, "TotalAssets");

        Assert.Equal(1e31, ratio, 1e18);
    }
}
