using System.Text;

namespace Receivables.Cli.Tests.Behaviour;

/// <summary>
/// Reading a documents CSV as bytes, with cells read in place (decision 028): the same rows as before in any encoding a
/// byte order mark names, the same message for every bad cell, and repeated texts kept once.
/// </summary>
public class CsvReadingTests
{
    private const string Header = "id,kind,customer,customer_name,currency,amount,document_date,due_date,segment\n";

    private static string Write(string content, Encoding encoding)
    {
        var path = CliRunner.WriteTemp(string.Empty);
        File.WriteAllText(path, content, encoding);
        return path;
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    public void Read_AnyEncodingItsMarkNames_GivesTheSameRows(string encoding)
    {
        var content = Header
            + "INV-1,invoice,C-1,Müller GmbH,EUR,1200.50,2026-01-05,2026-02-04,wholesale\n"
            + "INV-2,invoice,C-2,上海某某贸易有限公司,CNY,88000.00,2026-01-06,2026-03-07,\n"
            + "PAY-1,payment,C-1,Müller GmbH,EUR,600.25,2026-02-01,,wholesale\n";
        var bytes = encoding switch
        {
            "utf-8" => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            "utf-8-bom" => new UTF8Encoding(encoderShouldEmitUTF8Identifier: true),
            "utf-16" => Encoding.Unicode,
            _ => Encoding.BigEndianUnicode,
        };

        var rows = DocumentsCsv.Read(Write(content, bytes));

        Assert.Equal(["INV-1", "INV-2", "PAY-1"], rows.Select(r => r.Document.Id.Value));
        Assert.Equal(["Müller GmbH", "上海某某贸易有限公司", "Müller GmbH"], rows.Select(r => r.CustomerName));
        Assert.Equal(["wholesale", null, "wholesale"], rows.Select(r => r.Segment));
        Assert.Equal(1200.50m, rows[0].Document.Amount.Amount);
        Assert.Equal("CNY", rows[1].Document.Currency.Code);
        Assert.Equal(new DateOnly(2026, 3, 7), rows[1].Document.DueDate);
    }

    [Fact]
    public void Read_RepeatedTexts_AreOneString()
    {
        var path = CliRunner.WriteTemp(Header
            + "INV-1,invoice,C-1,Acme,EUR,100.00,2026-01-05,2026-02-04,retail\n"
            + "INV-2,invoice,C-1,Acme,EUR,200.00,2026-01-06,2026-02-05,retail\n");

        var rows = DocumentsCsv.Read(path);

        Assert.Same(rows[0].Document.Customer.Value, rows[1].Document.Customer.Value);
        Assert.Same(rows[0].CustomerName, rows[1].CustomerName);
        Assert.Same(rows[0].Segment, rows[1].Segment);
    }

    [Theory]
    [InlineData("\"1,000.50\"", "2026-01-05", "EUR", "column 'amount'", "'1,000.50' is not a number")]
    [InlineData("12.5e3", "2026-01-05", "EUR", "column 'amount'", "'12.5e3' is not a number")]
    [InlineData("1000000000000000000.00", "2026-01-05", "EUR", "column 'amount'", "too large")]
    [InlineData("100.00", "05.01.2026", "EUR", "column 'document_date'", "'05.01.2026' is not a date (yyyy-MM-dd)")]
    [InlineData("100.00", "2026-02-30", "EUR", "column 'document_date'", "'2026-02-30' is not a date")]
    [InlineData("100.00", "", "EUR", "column 'document_date'", "a value is required")]
    [InlineData("100.00", "2026-01-05", "", "column 'currency'", "a value is required")]
    [InlineData("100.00", "2026-01-05", "EURO", "column 'currency'", "'EURO' is not an ISO 4217 currency code")]
    [InlineData("", "2026-01-05", "EUR", "column 'amount'", "a value is required")]
    public void Read_BadCell_NamesLineColumnAndValue(string amount, string date, string currency, string column, string message)
    {
        var path = CliRunner.WriteTemp(Header
            + "INV-1,invoice,C-1,Acme,EUR,100.00,2026-01-05,2026-02-04,retail\n"
            + $"INV-2,invoice,C-1,Acme,{currency},{amount},{date},2026-02-05,retail\n");

        var error = Assert.Throws<CsvInputException>(() => DocumentsCsv.Read(path));

        Assert.Contains("documents.csv:3: " + column, error.Message, StringComparison.Ordinal);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BlankOptionalCells_AreAbsent()
    {
        var path = CliRunner.WriteTemp("id,kind,customer,currency,amount,document_date,due_date,promised_date,segment\n"
            + "INV-1,invoice,C-1,EUR,100.00,2026-01-05,2026-02-04,  ,   \n");

        var row = Assert.Single(DocumentsCsv.Read(path));

        Assert.Null(row.PromisedDate);
        Assert.Null(row.Segment);
        Assert.Null(row.CustomerName);
    }
}
