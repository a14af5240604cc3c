using System.Globalization;
using Receivables.Tests.Support;

namespace Receivables.Cli.Tests.Behaviour;

/// <summary>
/// Issue 18: "`--amount 1000.01` under de-DE schedules 100001.00", "messages format dates in the culture's calendar
/// (ar-SA 1447-07-18, th-TH 2569-…) and percentages as 33,5%". Every command's output and every error is the same
/// byte for byte under the cultures that differ most from the invariant one: decimal comma (de-DE), another calendar
/// and Arabic digits and signs (ar-SA, fa-IR, th-TH), the Turkish dotted i (tr-TR). Runs with real culture data in the
/// globalization-on pass of .ci/test.
/// </summary>
[Trait("Category", "Culture")]
public class CultureTests
{
    private static readonly string[] Cultures = ["de-DE", "ar-SA", "tr-TR", "fa-IR", "th-TH"];

    private static string Docs => CliRunner.SampleDocuments;

    private static string Sample(string name) => Path.Combine(CliRunner.RepositoryRoot(), "docs", "samples", name);

    public static TheoryData<string, string[]> Commands() => new()
    {
        { "ledger", ["ledger", Docs, "--as-of", "2026-11-30"] },
        { "ledger json", ["ledger", Docs, "--as-of", "2026-11-30", "--format", "json"] },
        { "aging", ["aging", Docs, "--as-of", "2026-11-30", "--format", "md"] },
        { "aging csv", ["aging", Docs, "--as-of", "2026-11-30", "--format", "csv"] },
        { "provision", ["provision", Docs, "--as-of", "2026-11-30", "--buckets", "30,60,90", "--rates", "0.3,1.6,3.6,6.6,10.6", "--format", "md"] },
        { "credit", ["credit", Docs, "--financials", Sample("financials.csv"), "--as-of", "2026-11-30", "--format", "json"] },
        { "terms", ["terms", "2/10 NET 30", "--date", "2026-01-31", "--amount", "1000.01", "--tax", "115.04", "--format", "json"] },
        { "terms calendar", ["terms", "30% DEPOSIT, BALANCE EOM 15", "--date", "2026-01-16", "--amount", "1000.01", "--currency", "CNY", "--calendar", "CN", "--format", "md"] },
        { "match csv", ["match", Docs, Sample("bank-statement.csv"), "--format", "json"] },
        { "match camt", ["match", Docs, Sample("bank-statement.camt053.xml"), "--format", "md"] },
        { "remind", ["remind", Docs, "--as-of", "2026-11-30", "--policy", Sample("reminder-policy.json"), "--history", Sample("reminders.csv"), "--format", "json"] },
        { "remind forecast", ["remind", Docs, "--as-of", "2026-11-30", "--forecast", "14", "--format", "md"] },
        { "bad amount", ["terms", "NET 30", "--date", "2026-01-31", "--amount", "1.000,01"] },
        { "bad date", ["aging", Docs, "--as-of", "2026-13-45"] },
        { "bad term", ["terms", "2/10 NETT 30", "--date", "2026-01-31", "--amount", "1000"] },
        { "calendar warning", ["terms", "NET 60", "--date", "2026-12-20", "--amount", "100", "--calendar", "CN"] },
    };

    [CultureFact]
    public void CultureData_IsReal_InThisPass()
    {
        // Guards the pass itself: with invariant globalization every culture would look like the invariant one.
        Assert.Equal(",", CultureInfo.GetCultureInfo("de-DE").NumberFormat.NumberDecimalSeparator);
        Assert.IsType<UmAlQuraCalendar>(CultureInfo.GetCultureInfo("ar-SA").Calendar);
        Assert.Equal("İ", "i".ToUpper(CultureInfo.GetCultureInfo("tr-TR")));
    }

    [CultureTheory]
    [MemberData(nameof(Commands))]
    public void Command_UnderAnyCulture_PrintsWhatTheInvariantCulturePrints(string name, string[] args)
    {
        var expected = RunIn(CultureInfo.InvariantCulture, args);
        Assert.True(expected.Code is 0 or 2, $"{name}: {expected.Error}");
        foreach (var culture in Cultures)
        {
            var actual = RunIn(CultureInfo.GetCultureInfo(culture), args);
            Assert.True(expected == actual, $"{name} under {culture} differs.\nexpected: {expected}\nactual: {actual}");
        }
    }

    [CultureFact]
    public void Report_UnderAnyCulture_WritesTheSameHtml()
    {
        var expected = Report(CultureInfo.InvariantCulture);
        foreach (var culture in Cultures)
        {
            Assert.Equal(expected, Report(CultureInfo.GetCultureInfo(culture)));
        }
    }

    private static string Report(CultureInfo culture)
    {
        var path = CliRunner.WriteTemp(string.Empty, $"report-{culture.Name}.html");
        var result = RunIn(culture, ["report", Docs, "--as-of", "2026-11-30", "--output", path]);
        Assert.True(result.Code == 0, result.Error);
        return File.ReadAllText(path);
    }

    private static (int Code, string Output, string Error) RunIn(CultureInfo culture, string[] args)
    {
        var (previous, previousUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            return CliRunner.Run(args);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
            CultureInfo.CurrentUICulture = previousUi;
        }
    }
}
