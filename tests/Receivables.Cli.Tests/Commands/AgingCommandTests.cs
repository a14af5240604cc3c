using System.Text.Json;

namespace Receivables.Cli.Tests.Commands;

public class AgingCommandTests
{
    private const string Header = "id,kind,customer,customer_name,currency,amount,document_date,due_date,reference,applies_to,disputed,segment\n";

    private static string Documents() => CliRunner.WriteTemp(Header +
        "INV-1,invoice,C1,Acme Ltd,EUR,1000.00,2026-09-01,2026-10-01,,,,wholesale\n" +   // 60 days past due on 2026-11-30
        "INV-2,invoice,C1,Acme Ltd,EUR,500.00,2026-11-01,2026-12-01,,,,wholesale\n" +    // not yet due
        "INV-3,invoice,C2,Beta GmbH,EUR,200.00,2026-06-01,2026-07-01,,,,retail\n" +      // 152 days
        "PAY-1,payment,C1,Acme Ltd,EUR,400.00,2026-11-10,,,INV-1,,wholesale\n");

    [Fact]
    public void Aging_SmallFile_BucketsPerCustomerAndTotals()
    {
        var (code, output, error) = CliRunner.Run("aging", Documents(), "--as-of", "2026-11-30", "--format", "json");

        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        var rows = CliRunner.Rows(json).EnumerateArray().ToList();
        var acme = rows.Single(r => r.GetProperty("customer").GetString() == "C1");
        Assert.Equal(500m, acme.GetProperty("notYetDue").GetDecimal());
        Assert.Equal(600m, acme.GetProperty("31-60").GetDecimal());
        Assert.DoesNotContain(rows, r => r.GetProperty("customer").GetString() == "TOTAL");
        var total = CliRunner.Totals(json).EnumerateArray().Single();
        Assert.Equal(1_300m, total.GetProperty("total").GetDecimal());
    }

    [Fact]
    public void Aging_BySegmentWithCustomBuckets_GroupsSegments()
    {
        var (code, output, error) = CliRunner.Run("aging", Documents(), "--as-of", "2026-11-30", "--buckets", "90,180", "--by", "segment", "--format", "csv");

        Assert.True(code == 0, error);
        Assert.Contains("Segment,Name,Currency,Not yet due,1-90,91-180,181+,Total", output, StringComparison.Ordinal);
        Assert.Contains("retail,,EUR,0.00,0.00,200.00,0.00,200.00", output, StringComparison.Ordinal);
        Assert.Contains("wholesale,,EUR,500.00,600.00,0.00,0.00,1100.00", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Aging_UnsortedBuckets_InputErrorNamingTheBound()
    {
        var (code, _, error) = CliRunner.Run("aging", Documents(), "--as-of", "2026-11-30", "--buckets", "60,30");

        Assert.Equal(2, code);
        Assert.Contains("bounds[1] = 30 is smaller than the previous bound 60", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Aging_ReportCurrencyWithoutRate_InputError()
    {
        var (code, _, error) = CliRunner.Run("aging", Documents(), "--as-of", "2026-11-30", "--report-currency", "USD");

        Assert.Equal(2, code);
        Assert.Contains("no rate for EUR", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Aging_SampleData_PrintsTheReport()
    {
        var (code, output, error) = CliRunner.Run("aging", CliRunner.SampleDocuments, "--as-of", "2026-11-30");

        Assert.True(code == 0, error);
        Assert.Contains("Aging as of 2026-11-30", output, StringComparison.Ordinal);
        Assert.Contains("121+", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Provision_RatesOption_AllowancePerBucket()
    {
        var (code, output, error) = CliRunner.Run("provision", Documents(), "--as-of", "2026-11-30", "--buckets", "30,60,90", "--rates", "0.3,1.6,3.6,6.6,10.6", "--format", "csv");

        Assert.True(code == 0, error);
        Assert.Contains("EUR,Not yet due,500.00,0.3,1.50,1", output, StringComparison.Ordinal);
        Assert.Contains("EUR,31-60,600.00,3.6,21.60,1", output, StringComparison.Ordinal);
        Assert.Contains("EUR,91+,200.00,10.6,21.20,1", output, StringComparison.Ordinal);
        Assert.Contains("EUR,TOTAL,1300.00,,44.30,", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Provision_RatesFile_SameAsOption()
    {
        var rates = CliRunner.WriteTemp("bucket,rate_percent\ncurrent,0.3\n1-30,1.6\n31-60,3.6\n61-90,6.6\n91+,10.6\n", "rates.csv");

        var (code, output, error) = CliRunner.Run("provision", Documents(), "--as-of", "2026-11-30", "--buckets", "30,60,90", "--rates-file", rates, "--format", "csv");

        Assert.True(code == 0, error);
        Assert.Contains("EUR,TOTAL,1300.00,,44.30,", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Provision_RateDecimalsZero_RatesRoundedToWholePercentsFirst()
    {
        var (code, output, error) = CliRunner.Run("provision", Documents(), "--as-of", "2026-11-30", "--buckets", "30,60,90", "--rates", "0.3,1.6,3.6,6.6,10.6", "--rate-decimals", "0", "--format", "csv");

        // 0.3 % -> 0 %, 3.6 % -> 4 %, 10.6 % -> 11 %: 0.00 + 24.00 + 22.00.
        Assert.True(code == 0, error);
        Assert.Contains("EUR,31-60,600.00,4,24.00,1", output, StringComparison.Ordinal);
        Assert.Contains("EUR,TOTAL,1300.00,,46.00,", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("half-away-from-zero", "1.51")]
    [InlineData("truncate", "1.50")]
    [InlineData("half-even", "1.50")]
    public void Provision_RoundingOption_AllowanceRoundedAsNamed(string rounding, string allowance)
    {
        // 500.00 × 0.301 % = 1.505.
        var (code, output, error) = CliRunner.Run("provision", Documents(), "--as-of", "2026-11-30", "--buckets", "30,60,90", "--rates", "0.301,0,0,0,0", "--rounding", rounding, "--format", "csv");

        Assert.True(code == 0, error);
        Assert.Contains($",{allowance},1", output, StringComparison.Ordinal);
        Assert.Contains($"EUR,TOTAL,1300.00,,{allowance},", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Provision_UnknownRounding_InputError()
    {
        var (code, _, error) = CliRunner.Run("provision", Documents(), "--as-of", "2026-11-30", "--rates", "1,2,3,4,5,6", "--rounding", "up");

        Assert.Equal(2, code);
        Assert.Contains("--rounding: 'up' is not one of", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Provision_WrongNumberOfRates_InputError()
    {
        var (code, _, error) = CliRunner.Run("provision", Documents(), "--as-of", "2026-11-30", "--rates", "1,2");

        Assert.Equal(2, code);
        Assert.Contains("lossRates has 2 rates but the scheme has 6 buckets", error, StringComparison.Ordinal);
    }
}
