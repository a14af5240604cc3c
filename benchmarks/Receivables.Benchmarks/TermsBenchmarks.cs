using BenchmarkDotNet.Attributes;
using Receivables.Calendars;
using Receivables.Terms;

namespace Receivables.Benchmarks;

/// <summary>
/// Payment schedules for a batch of invoices: <see cref="PaymentTerm.Schedule"/> against a hand-coded "2/10 net 30"
/// loop (date plus 30 days, 2% rounded), the least any implementation must do.
/// </summary>
[MemoryDiagnoser]
public class TermsBenchmarks
{
    private static readonly string[] Notations = ["NET 30", "2/10 NET 30", "3/10 2/20 NET 45", "EOM 15", "30% DEPOSIT, 70% NET 60", "CM+1M+10D"];

    private DateOnly[] _dates = [];
    private Money[] _amounts = [];
    private PaymentTerm _twoTenNet30 = PaymentTerm.Net(30);
    private PaymentTerm _depositEomChina = PaymentTerm.Net(30);

    [Params(10_000)]
    public int Invoices { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        _dates = [.. Enumerable.Range(0, Invoices).Select(_ => new DateOnly(2024, 1, 1).AddDays(random.Next(0, 1000)))];
        _amounts = [.. Enumerable.Range(0, Invoices).Select(_ => new Money(random.Next(1, 10_000_000) / 100m, Currency.EUR))];
        _twoTenNet30 = TermNotation.Parse("2/10 NET 30");
        _depositEomChina = TermNotation.Parse("30% DEPOSIT, BALANCE 2/10 EOM 30")
            .WithBusinessDays(BusinessCalendars.ChinaMainland, BusinessDayConvention.Following);
    }

    [Benchmark(Baseline = true)]
    public decimal HandCodedTwoTenNet30()
    {
        var total = 0m;
        for (var i = 0; i < _dates.Length; i++)
        {
            var due = _dates[i].AddDays(30);
            var discount = Math.Round(_amounts[i].Amount * 0.02m, 2, MidpointRounding.AwayFromZero);
            total += discount + due.Day;
        }

        return total;
    }

    [Benchmark]
    public int ScheduleTwoTenNet30()
    {
        var count = 0;
        for (var i = 0; i < _dates.Length; i++)
        {
            count += _twoTenNet30.Schedule(_amounts[i], new TermDates(_dates[i])).Installments.Count;
        }

        return count;
    }

    [Benchmark]
    public int ScheduleDepositEomChinaCalendar()
    {
        var count = 0;
        for (var i = 0; i < _dates.Length; i++)
        {
            count += _depositEomChina.Schedule(_amounts[i], new TermDates(_dates[i])).Installments.Count;
        }

        return count;
    }

    [Benchmark]
    public int ParseNotation()
    {
        var count = 0;
        for (var i = 0; i < _dates.Length; i++)
        {
            count += TermNotation.Parse(Notations[i % Notations.Length]).Lines.Count;
        }

        return count;
    }
}
