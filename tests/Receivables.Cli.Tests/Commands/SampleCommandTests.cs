namespace Receivables.Cli.Tests.Commands;

public class SampleCommandTests
{
    [Fact]
    public void Sample_DefaultSeed_EqualsTheBundledFile()
    {
        var (code, output, _) = CliRunner.Run("sample");

        Assert.Equal(0, code);
        var bundled = File.ReadAllText(CliRunner.SampleDocuments).Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.Equal(bundled, output.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void Sample_BundledFile_IsRealisticForASmallCompany()
    {
        var rows = DocumentsCsv.Read(CliRunner.SampleDocuments);

        var customers = rows.Select(r => r.Document.Customer).Distinct().Count();
        var currencies = rows.Select(r => r.Document.Currency.Code).Distinct().ToList();
        var months = (rows.Max(r => r.Document.DocumentDate).DayNumber - rows.Min(r => r.Document.DocumentDate).DayNumber) / 30;
        Assert.InRange(customers, 45, 55);
        Assert.InRange(rows.Count, 1800, 2600);
        Assert.InRange(months, 17, 18);
        Assert.True(currencies.Count >= 3);
        Assert.Contains(rows, r => r.Disputed is not null);
        Assert.Contains(rows, r => r.Document.Kind == Ledger.DocumentKind.CreditNote);
        Assert.Contains(rows, r => r.Document.Reference?.StartsWith("Partial payment", StringComparison.Ordinal) == true);
    }
}
