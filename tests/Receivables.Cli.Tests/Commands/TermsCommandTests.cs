using System.Text.Json;

namespace Receivables.Cli.Tests.Commands;

public class TermsCommandTests
{
    [Fact]
    public void Terms_TwoTenNetThirty_PrintsScheduleWithDiscount()
    {
        var (code, output, error) = CliRunner.Run("terms", "2/10 NET 30", "--date", "2026-01-31", "--amount", "1000", "--currency", "EUR");

        Assert.True(code == 0, error);
        Assert.Contains("Payment schedule", output, StringComparison.Ordinal);
        Assert.Contains("2026-03-02", output, StringComparison.Ordinal);
        Assert.Contains("2026-02-10", output, StringComparison.Ordinal);
        Assert.Contains("980.00", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Terms_ChinaCalendarJson_MovesDueDateOutOfSpringFestival()
    {
        var (code, output, error) = CliRunner.Run(
            "terms", "30% DEPOSIT, BALANCE EOM 15", "--date", "2026-01-16", "--order-date", "2026-01-05",
            "--amount", "1000.01", "--currency", "CNY", "--calendar", "CN", "--format", "json");

        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        var rows = json.RootElement.GetProperty("tables").GetProperty("paymentSchedule").GetProperty("rows");
        Assert.Equal("2026-01-05", rows[0].GetProperty("dueDate").GetString());
        Assert.Equal(300.00m, rows[0].GetProperty("amount").GetDecimal());
        Assert.Equal("2026-02-24", rows[1].GetProperty("dueDate").GetString()); // 15 February is in the Spring Festival
        Assert.Equal(700.01m, rows[1].GetProperty("amount").GetDecimal());
    }

    [Fact]
    public void Terms_Csv_OneRowPerInstallment()
    {
        var (code, output, error) = CliRunner.Run("terms", "50% NET 30, 50% NET 60", "--date", "2026-01-31", "--amount", "100.01", "--format", "csv");

        Assert.True(code == 0, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.Contains("2026-03-02", StringComparison.Ordinal) && l.Contains("50.01", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("2026-04-01", StringComparison.Ordinal) && l.Contains("50.00", StringComparison.Ordinal));
    }

    [Fact]
    public void Terms_MaxDays_FlagsLongInstallment()
    {
        var (code, output, error) = CliRunner.Run("terms", "NET 90", "--date", "2026-01-31", "--amount", "100", "--max-days", "60");

        Assert.True(code == 0, error);
        Assert.Contains("beyond the maximum", output, StringComparison.Ordinal);
        Assert.Contains("2026-05-01", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Terms_CalendarFile_IsUsed()
    {
        var path = CliRunner.WriteTemp("2026-03-02 company holiday\n", "company.txt");

        var (code, output, error) = CliRunner.Run("terms", "NET 30", "--date", "2026-01-31", "--amount", "100", "--calendar", path);

        Assert.True(code == 0, error);
        Assert.Contains("2026-03-03", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Terms_DueDatePastTheCalendarsLastYear_WarnsOnStandardError()
    {
        // The bundled China calendar has holiday data up to its last published year (2026 when written); a NET 60
        // invoice of 20 December that year is due the next year, whose Spring Festival is not yet known: the due date
        // counts weekends alone, and the tool says so.
        var china = Receivables.Calendars.BusinessCalendars.ChinaMainland;
        var last = china.LastYear!.Value;

        var (code, output, error) = CliRunner.Run("terms", "NET 60", "--date", $"{last}-12-20", "--amount", "100", "--calendar", "CN");

        Assert.True(code == 0, error);
        Assert.Contains($"{last + 1}-02-", output, StringComparison.Ordinal);
        Assert.Contains(
            $"warning: calendar CN has holiday data for {china.FirstYear}-{last} only; dates in {last + 1} count weekends alone (--strict-calendar refuses them).",
            error,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Terms_DueDateInsideTheCalendar_WritesNoWarning()
    {
        var (code, _, error) = CliRunner.Run("terms", "NET 30", "--date", "2026-01-31", "--amount", "100", "--calendar", "CN");

        Assert.True(code == 0, error);
        Assert.DoesNotContain("warning", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Terms_StrictCalendarPastItsLastYear_RefusesWithExitTwo()
    {
        var last = Receivables.Calendars.BusinessCalendars.ChinaMainland.LastYear!.Value;

        var (code, output, error) = CliRunner.Run("terms", "NET 60", "--date", $"{last}-12-20", "--amount", "100", "--calendar", "CN", "--strict-calendar");

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains($"{last + 1}", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Terms_BadCalendarFile_ReportsLine()
    {
        var path = CliRunner.WriteTemp("2026-03-02 ok\n2026-02-30 bad\n", "bad.txt");

        var (code, _, error) = CliRunner.Run("terms", "NET 30", "--date", "2026-01-31", "--amount", "100", "--calendar", path);

        Assert.Equal(2, code);
        Assert.Contains("Line 2", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Terms_BadNotation_NamesTokenAndExitsWithTwo()
    {
        var (code, _, error) = CliRunner.Run("terms", "2/10 NETT 30", "--date", "2026-01-31", "--amount", "1000");

        Assert.Equal(2, code);
        Assert.Contains("'NETT'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Terms_UnknownCalendar_ExitsWithTwo()
    {
        var (code, _, error) = CliRunner.Run("terms", "NET 30", "--date", "2026-01-31", "--amount", "100", "--calendar", "XX");

        Assert.Equal(2, code);
        Assert.Contains("Unknown calendar", error, StringComparison.Ordinal);
    }
}
