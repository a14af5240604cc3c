using System.Text.Json;

namespace Receivables.Cli.Tests.Commands;

public class RemindCommandTests
{
    private const string Header = "id,kind,customer,customer_name,currency,amount,document_date,due_date,reference,applies_to,disputed,promised_date\n";

    private static string Samples(string file) => Path.Combine(CliRunner.RepositoryRoot(), "docs", "samples", file);

    private static string Documents() => CliRunner.WriteTemp(Header +
        "INV-1,invoice,C1,Acme Ltd,CNY,1000.00,2026-10-01,2026-11-20,,,,\n" +      // 10 days past due: firm level
        "INV-2,invoice,C1,Acme Ltd,CNY,500.00,2026-11-01,2026-12-03,,,,\n" +       // due in 3 days: friendly
        "INV-3,invoice,C2,Beta GmbH,CNY,700.00,2026-09-01,2026-10-01,,,price,\n" +  // disputed
        "INV-4,invoice,C3,Gamma,CNY,900.00,2026-09-01,2026-10-01,,,,2026-12-10\n");  // promised

    [Fact]
    public void Remind_SmallFile_ProposesLevelsAndHoldsDisputesAndPromises()
    {
        var (code, output, error) = CliRunner.Run("remind", Documents(), "--as-of", "2026-11-30", "--format", "json");

        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        var tables = json.RootElement.GetProperty("tables");
        List<JsonElement> Rows(string table) => [.. tables.GetProperty(table).GetProperty("rows").EnumerateArray()];
        var proposals = Rows("proposals");
        Assert.Equal("2026-11-30", json.RootElement.GetProperty("asOf").GetString());
        Assert.Equal(["2", "1"], proposals.Select(p => p.GetProperty("level").GetDecimal().ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.All(proposals, p => Assert.Equal("C1", p.GetProperty("customer").GetString()));
        var held = Rows("held").Select(h => (h.GetProperty("item").GetString(), h.GetProperty("code").GetString())).ToList();
        Assert.Contains(("INV-3", "reminders.held.disputed"), held);
        Assert.Contains(("INV-4", "reminders.held.promise"), held);
        Assert.Equal(2, Rows("messages").Count);
    }

    [Fact]
    public void Remind_SamplesWithPolicyAndHistory_BrokenPromiseBlockAndFirmLadder()
    {
        string Table(string table)
        {
            var (code, text, error) = CliRunner.Run("remind", CliRunner.SampleDocuments, "--as-of", "2026-11-30", "--policy", Samples("reminder-policy.json"), "--history", Samples("reminders.csv"), "--format", "csv", "--table", table);
            Assert.True(code == 0, error);
            return text;
        }

        var output = Table("worklist") + Table("proposals") + Table("held");

        Assert.Contains("C-1020,佛山南海五金有限公司,firm,1,Reminder,Letter,Firm", output, StringComparison.Ordinal);
        Assert.Contains("broken promise", output, StringComparison.Ordinal);
        Assert.Contains("reminders.blocked.customer", output, StringComparison.Ordinal);
        Assert.Contains("INV-2026-00294,reminders.held.disputed", output, StringComparison.Ordinal);
        Assert.Contains("INV-2026-00981,reminders.held.promise", output, StringComparison.Ordinal);
        Assert.Contains("reminders.do-not-contact", output, StringComparison.Ordinal);
        Assert.StartsWith("Rank,Customer,Name,Collector,Overdue,Currency,Days,Level,Score,Why\n1,C-1021,", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Remind_Forecast_ListsTheComingContactsInMarkdown()
    {
        var (code, output, error) = CliRunner.Run("remind", Documents(), "--as-of", "2026-11-30", "--forecast", "14", "--format", "md");

        Assert.True(code == 0, error);
        Assert.Contains("## Contacts from 2026-11-30 for 14 days", output, StringComparison.Ordinal);
        Assert.Contains("| 2026-11-30 | C1 | Acme Ltd | standard | 2 | Reminder | Email | INV-1 | 1000.00 CNY |", output, StringComparison.Ordinal);
        Assert.Contains("| 2026-12-07 | C1 | Acme Ltd | standard | 2 |", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Remind_ForecastPastTheCalendarsLastYear_WarnsOnStandardError()
    {
        // The default planner calendar is CN, whose holiday data ends with its last published year: a 60-day forecast
        // from 30 November of that year reaches into the next, where quiet days such as Spring Festival are unknown.
        var last = Receivables.Calendars.BusinessCalendars.ChinaMainland.LastYear!.Value;

        var (code, _, error) = CliRunner.Run("remind", Documents(), "--as-of", $"{last}-11-30", "--forecast", "60", "--format", "md");

        Assert.True(code == 0, error);
        Assert.Contains($"warning: calendar CN has holiday data for", error, StringComparison.Ordinal);
        Assert.Contains($"dates in {last + 1} count weekends alone", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Remind_StrictCalendarPastItsLastYear_RefusesWithExitTwo()
    {
        var last = Receivables.Calendars.BusinessCalendars.ChinaMainland.LastYear!.Value;

        var (code, _, error) = CliRunner.Run("remind", Documents(), "--as-of", $"{last + 1}-01-15", "--strict-calendar");

        Assert.Equal(2, code);
        Assert.Contains($"{last + 1}", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Remind_TableFormat_PrintsTheMessages()
    {
        var (code, output, error) = CliRunner.Run("remind", Documents(), "--as-of", "2026-11-30");

        Assert.True(code == 0, error);
        Assert.Contains("--- C1 (en): Payment reminder (level 2): 1,000.00 CNY overdue", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Remind_BadPolicy_AllErrorsNamingTheFields()
    {
        var policy = CliRunner.WriteTemp("""{ "policies": [ { "name": "p", "levels": [ { "days": 10 }, { "days": 5, "graceDays": -1, "fee": { "percent": 150 } } ] } ] }""", "policy.json");

        var (code, _, error) = CliRunner.Run("remind", Documents(), "--as-of", "2026-11-30", "--policy", policy);

        Assert.Equal(2, code);
        Assert.Contains("policies[0].Levels[1].Days = 5 is before Levels[0].Days = 10", error, StringComparison.Ordinal);
        Assert.Contains("policies[0].Levels[1].GraceDays = -1", error, StringComparison.Ordinal);
        Assert.Contains("policies[0].Levels[1].Fee.Percent = 150", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Remind_UnknownChannelInAPreference_ErrorNamesThePath()
    {
        var policy = CliRunner.WriteTemp("""{ "customers": [ { "id": "C1", "channel": "Pigeon" } ] }""", "policy.json");

        var (code, _, error) = CliRunner.Run("remind", Documents(), "--as-of", "2026-11-30", "--policy", policy);

        Assert.Equal(2, code);
        Assert.Contains("$.customers[0].channel", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Remind_HistoryWithUnknownOutcome_InputErrorWithLine()
    {
        var history = CliRunner.WriteTemp("date,kind,customer,outcome,items\n2026-11-20,contact,C1,maybe,INV-1\n", "reminders.csv");

        var (code, _, error) = CliRunner.Run("remind", Documents(), "--as-of", "2026-11-30", "--history", history);

        Assert.Equal(2, code);
        Assert.Contains("reminders.csv", error, StringComparison.Ordinal);
        Assert.Contains("'maybe' is not one of reached, promised, disputed, noanswer", error, StringComparison.Ordinal);
    }
}
