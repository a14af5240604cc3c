using System.Globalization;
using Receivables.Calendars;
using Receivables.Ledger;
using Receivables.Terms;
using Receivables.Terms.Billing;
using Receivables.Tests.Support;

namespace Receivables.Tests.Conventions;

/// <summary>
/// Issue 18: "library messages format dates in the culture's calendar (ar-SA 1447-07-18, th-TH 2569-…) and numbers in
/// the culture's digits and signs". Every message below is the same under the invariant culture and under cultures
/// with another calendar (ar-SA, th-TH), Arabic-Indic digits and signs (fa-IR), a decimal comma (de-DE) and the
/// Turkish i (tr-TR). The analyzer rule MA0076 (src/Culture.globalconfig) keeps new messages in the invariant culture;
/// these tests show the messages as a user sees them. Run in the globalization-on pass of .ci/test.
/// </summary>
[Trait("Category", "Culture")]
public class CultureTests
{
    private static readonly string[] Cultures = ["de-DE", "ar-SA", "tr-TR", "fa-IR", "th-TH"];
    private static readonly CustomerId Acme = new("ACME");
    private static readonly DateOnly Jan31 = new(2026, 1, 31);

    public static TheoryData<string> Cases() => [.. Catalogue.Keys];

    private static readonly Dictionary<string, Func<string>> Catalogue = new()
    {
        ["invoice due before its date"] = () => Message(() => Document.Invoice(new("INV-1"), Acme, Money.Of(-5m, "EUR"), Jan31, Jan31)),
        ["due date before document date"] = () => Message(() => Document.Invoice(new("INV-1"), Acme, Money.Of(1_234.5m, "EUR"), Jan31, Jan31.AddDays(-1))),
        ["amount above the maximum"] = () => Message(() => Document.Invoice(new("INV-1"), Acme, Money.Of(-1.5e18m, "EUR").Abs(), Jan31, Jan31)),
        ["open item due before date"] = () => Message(() => new OpenItem(new("INV-1"), Acme, Money.Of(10m, "EUR"), Jan31, Jan31.AddDays(-3))),
        ["dispute resolved before opened"] = () => Message(() => Account().OpenDispute(new("INV-1"), Jan31.AddDays(5), "price").ResolveDispute(new("INV-1"), Jan31.AddDays(2))),
        ["dispute opened twice"] = () => Message(() => Account().OpenDispute(new("INV-1"), Jan31.AddDays(5), "price").OpenDispute(new("INV-1"), Jan31.AddDays(6), "again")),
        ["application before the credit"] = () => Message(() => Account().Post(Document.Payment(new("PAY-1"), Acme, Money.Of(40m, "EUR"), Jan31.AddDays(10))).Apply(new("PAY-1"), AllocationPolicies.OldestDueFirst, Jan31.AddDays(9))),
        ["over-allocation"] = () => Message(() => Account().Post(Document.Payment(new("PAY-1"), Acme, Money.Of(40m, "EUR"), Jan31)).Apply(new("PAY-1"), AllocationPolicies.Specified(new Allocation(new("INV-1"), Money.Of(-41.5m, "EUR").Abs())), Jan31)),
        ["billing end before start"] = () => Message(() => BillingContract.Create(Jan31, Money.Of(99.5m, "EUR"), BillingFrequency.Monthly, end: Jan31.AddDays(-10))),
        ["term beyond 9999"] = () => Message(() => TermNotation.Parse("NET 30").Schedule(Money.Of(100m, "EUR"), new TermDates(new DateOnly(9999, 12, 15)))),
        ["notation error position"] = () => Message(() => TermNotation.Parse("2/10 NETT 30")),
        ["strict calendar"] = () => Message(() => BusinessCalendars.ChinaMainland.WithStrictCoverage().IsBusinessDay(new DateOnly(2031, 3, 4))),
        ["money overflow"] = () => Message(() => Money.Of(7e28m, "EUR") * -2.5m),
        ["late charge text"] = () => string.Join(" | ", LateChargePolicies.AnnualRate(8.25m).Calculate(new LateChargeArguments(Money.Of(12_345.67m, "EUR"), Jan31, Jan31.AddDays(200))).Periods.Select(p => $"{p}")),
        ["schedule text"] = () => TermNotation.Parse("2/10 NET 30").Schedule(Money.Of(1_000.01m, "EUR"), new TermDates(Jan31)).ToString()!,
        ["money text"] = () => Money.Of(-1_234_567.891m, "KWD").ToString(),
    };

    [CultureFact]
    public void CultureData_IsReal_InThisPass()
    {
        Assert.Equal(",", CultureInfo.GetCultureInfo("de-DE").NumberFormat.NumberDecimalSeparator);
        Assert.IsType<UmAlQuraCalendar>(CultureInfo.GetCultureInfo("ar-SA").Calendar);
        Assert.NotEqual("2026-01-31", Jan31.ToString("yyyy-MM-dd", CultureInfo.GetCultureInfo("th-TH")));
    }

    [CultureTheory]
    [MemberData(nameof(Cases))]
    public void Message_UnderAnyCulture_IsTheInvariantOne(string name)
    {
        var expected = In(CultureInfo.InvariantCulture, Catalogue[name]);
        Assert.False(string.IsNullOrEmpty(expected), name);
        foreach (var culture in Cultures)
        {
            Assert.Equal(expected, In(CultureInfo.GetCultureInfo(culture), Catalogue[name]));
        }
    }

    private static CustomerAccount Account()
        => CustomerAccount.Create(Acme).Post(Document.Invoice(new("INV-1"), Acme, Money.Of(100m, "EUR"), Jan31, Jan31.AddDays(30)));

    private static string Message(Action action)
    {
        try
        {
            action();
            return "(no error)";
        }
#pragma warning disable CA1031 // the message is the subject of the test, whatever the type
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return $"{ex.GetType().Name}: {ex.Message}";
        }
    }

    private static string Message<T>(Func<T> func) => Message(() => { _ = func(); });

    private static string In(CultureInfo culture, Func<string> body)
    {
        var (previous, previousUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            return body();
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
            CultureInfo.CurrentUICulture = previousUi;
        }
    }
}
