using System.Text.Json;

namespace Receivables.Cli.Tests.Commands;

public class AnalyseCommandTests
{
    private const string Header = "id,kind,customer,customer_name,currency,amount,document_date,due_date,reference,applies_to,segment,promised_date\n";

    // As of 30 Nov 2026 (a month end) with --months 3: payments from 1 Sep to 30 Nov count, against June to August.
    private static string Documents() => CliRunner.WriteTemp(Header +
        "INV-0,invoice,C1,Acme Ltd,EUR,200.00,2026-06-01,2026-07-01,,,wholesale,\n" +
        "PAY-0,payment,C1,Acme Ltd,EUR,200.00,2026-07-01,,,INV-0,wholesale,\n" +          // previous period: on time, 30 days
        "INV-1,invoice,C1,Acme Ltd,EUR,1000.00,2026-08-01,2026-08-31,,,wholesale,\n" +
        "PAY-1,payment,C1,Acme Ltd,EUR,1000.00,2026-09-10,,,INV-1,wholesale,\n" +         // 40 days to pay, 10 late
        "INV-2,invoice,C2,Beta GmbH,EUR,500.00,2026-09-01,2026-10-01,,,retail,\n" +
        "PAY-2,payment,C2,Beta GmbH,EUR,500.00,2026-10-01,,,INV-2,retail,\n" +            // 30 days, on time
        "INV-3,invoice,C1,Acme Ltd,EUR,300.00,2026-10-01,2026-10-31,,,wholesale,2026-12-15\n"); // open; promise recorded 31 Oct

    private static string History() => CliRunner.WriteTemp(
        "date,kind,customer,policy,level,action,channel,tone,outcome,items,promised_date,note\n" +
        "2026-09-05,issued,C1,standard,1,reminder,email,friendly,,INV-1,,\n", "reminders.csv");

    private static string Customers() => CliRunner.WriteTemp(
        "customer,name,region,salesperson\nC1,Acme Ltd,North,Li\nC2,Beta GmbH,South,Wang\n", "customers.csv");

    [Fact]
    public void Analyse_BySegment_BehaviourWithChangeAgainstThePreviousPeriod()
    {
        var (code, output, error) = CliRunner.Run("analyse", Documents(), "--as-of", "2026-11-30", "--format", "json");

        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("2026-11-30", json.RootElement.GetProperty("asOf").GetString());
        var rows = CliRunner.Rows(json).EnumerateArray().ToList();
        Assert.Equal(["retail", "wholesale"], rows.Select(r => r.GetProperty("segment").GetString()));
        var wholesale = rows[1];
        Assert.Equal(1, wholesale.GetProperty("payments").GetInt32());
        Assert.Equal(40m, wholesale.GetProperty("daysToPay").GetDecimal());
        Assert.Equal(10m, wholesale.GetProperty("daysLate").GetDecimal());
        Assert.Equal(100m, wholesale.GetProperty("lateAmountPct").GetDecimal());
        Assert.Equal(10m, wholesale.GetProperty("changeDaysToPay").GetDecimal());    // 40 against 30
        Assert.Equal(10m, wholesale.GetProperty("changeDaysLate").GetDecimal());     // 10 against 0
        Assert.Equal(1, wholesale.GetProperty("previousPayments").GetInt32());
        var retail = rows[0];
        Assert.Equal(JsonValueKind.Null, retail.GetProperty("changeDaysLate").ValueKind); // nothing paid before
    }

    [Fact]
    public void Analyse_WithHistory_CycleTimesPerStepWithOpenItemsCensored()
    {
        var (code, output, error) = CliRunner.Run("analyse", Documents(), "--as-of", "2026-11-30", "--history", History(), "--format", "json");

        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        var rows = json.RootElement.GetProperty("tables").GetProperty("cycleTimes").GetProperty("rows").EnumerateArray().ToList();
        var toReminder = rows.Single(r => r.GetProperty("step").GetString() == "invoice → reminder" && r.GetProperty("segment").GetString() == "(all)");
        Assert.Equal(1, toReminder.GetProperty("completed").GetInt32());   // INV-1: 1 Aug to 5 Sep
        Assert.Equal(35, toReminder.GetProperty("median").GetInt32());
        Assert.Equal(1, toReminder.GetProperty("open").GetInt32());        // INV-3 open and never reminded
        var whole = rows.Single(r => r.GetProperty("step").GetString() == "invoice → payment" && r.GetProperty("segment").GetString() == "(all)");
        Assert.Equal((3, 1), (whole.GetProperty("completed").GetInt32(), whole.GetProperty("open").GetInt32()));
        Assert.Equal(30, whole.GetProperty("median").GetInt32());          // of 30, 30, 40: rank 2
        Assert.Equal(40, whole.GetProperty("p90").GetInt32());             // rank 3
        var longest = json.RootElement.GetProperty("tables").GetProperty("longestItems").GetProperty("rows").EnumerateArray()
            .First(r => r.GetProperty("step").GetString() == "invoice → payment");
        Assert.Equal(("INV-3", 60, "open"), (longest.GetProperty("item").GetString(), longest.GetProperty("days").GetInt32(), longest.GetProperty("status").GetString()));
        var promise = rows.Single(r => r.GetProperty("step").GetString() == "promise → payment" && r.GetProperty("segment").GetString() == "(all)");
        Assert.Equal(1, promise.GetProperty("open").GetInt32());           // INV-3's promise, not yet kept
    }

    [Theory]
    [InlineData("region", "North,EUR")]
    [InlineData("salesperson", "Wang,EUR")]
    [InlineData("term", "net 30,EUR")]
    public void Analyse_ByCustomerAttributeOrTerm_GroupsByIt(string by, string expected)
    {
        var (code, output, error) = CliRunner.Run("analyse", Documents(), "--as-of", "2026-11-30", "--customers", Customers(), "--by", by, "--format", "csv");

        Assert.True(code == 0, error);
        Assert.Contains(expected, output, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyse_Markdown_PrintsEveryTableWithAHeading()
    {
        var (code, output, error) = CliRunner.Run("analyse", Documents(), "--as-of", "2026-11-30", "--format", "md");

        Assert.True(code == 0, error);
        Assert.Contains("## Payment behaviour by segment, paid 2026-09-01 to 2026-11-30 against 2026-06-01 to 2026-08-31", output, StringComparison.Ordinal);
        Assert.Contains("## Collection cycle times by segment as of 2026-11-30", output, StringComparison.Ordinal);
        Assert.Contains("| wholesale | EUR | 1 | 1000.00 | 40.0 | 10.0 |", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--months", "0", "--months")]
    [InlineData("--top", "-1", "--top")]
    [InlineData("--by", "colour", "--by")]
    public void Analyse_BadOption_InputErrorNamingTheOption(string option, string value, string named)
    {
        var (code, _, error) = CliRunner.Run("analyse", Documents(), option, value);

        Assert.Equal(2, code);
        Assert.Contains(named, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyse_BundledSample_RunsWithCustomersAndHistory()
    {
        var samples = Path.Combine(CliRunner.RepositoryRoot(), "docs", "samples");

        var (code, output, error) = CliRunner.Run("analyse", CliRunner.SampleDocuments, "--by", "salesperson", "--customers", Path.Combine(samples, "customers.csv"), "--history", Path.Combine(samples, "reminders.csv"), "--format", "json");

        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        var people = CliRunner.Rows(json).EnumerateArray().Select(r => r.GetProperty("salesperson").GetString()).ToHashSet();
        Assert.Contains("张伟", people);
        Assert.Contains("Emily Carter", people);
        Assert.Equal(["behaviour", "cycleTimes", "longestItems", "longestCustomers"], json.RootElement.GetProperty("tables").EnumerateObject().Select(t => t.Name));
    }

    [Theory]
    [InlineData("2026-11-30", 3, "2026-09-01", "2026-06-01")]   // month end: whole months
    [InlineData("2026-02-28", 1, "2026-02-01", "2026-01-01")]
    [InlineData("2026-11-15", 3, "2026-08-16", "2026-05-16")]   // mid-month: the days after the same date
    public void Periods_AsOfDate_WholeMonthsAtAMonthEnd(string asOf, int months, string from, string previousFrom)
    {
        var periods = global::Receivables.Cli.Commands.AnalyseCommand.Periods(DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture), months);

        Assert.Equal((DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(previousFrom, System.Globalization.CultureInfo.InvariantCulture)), periods);
    }
}
