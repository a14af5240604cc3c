using System.Globalization;
using System.Text.Json;
using FsCheck.Fluent;
using Receivables.Ledger;
using Receivables.Serialization;
using Receivables.Tests.Ledger;
using Receivables.Tests.Support;

namespace Receivables.Tests.Serialization;

public class ReceivablesJsonTests
{
    [Fact]
    public void Money_DefaultOptions_WritesAmountAndCodeAndReadsBack()
    {
        var money = Money.Of(1234.50m, "EUR");

        var json = JsonSerializer.Serialize(money);
        var back = JsonSerializer.Deserialize<Money>(json);

        Assert.Equal("""{"amount":1234.50,"currency":"EUR"}""", json);
        Assert.Equal(money, back);
        Assert.Equal("1234.50", back.Amount.ToString(CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("""{"amount":12.5}""")]
    [InlineData("""{"currency":"EUR"}""")]
    [InlineData("""{}""")]
    [InlineData("""{"amount":"12.5","currency":"EUR"}""")]
    [InlineData("""{"amount":12.5,"currency":"XXY"}""")]
    public void Money_MissingOrWrongFields_ThrowsInsteadOfReadingZero(string json)
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Money>(json));
    }

    [Fact]
    public void Currency_CustomAndIso_RoundTrip()
    {
        var points = Currency.Custom("PTS", 0);

        var back = JsonSerializer.Deserialize<Currency[]>(JsonSerializer.Serialize(new[] { Currency.JPY, points }, ReceivablesJson.Options), ReceivablesJson.Options);

        Assert.Equal([Currency.JPY, points], back!);
        Assert.Equal("\"CNY\"", JsonSerializer.Serialize(Currency.CNY));
    }

    [Fact]
    public void Ids_AsValuesAndDictionaryKeys_PlainStrings()
    {
        var open = new Dictionary<DocumentId, CustomerId> { [new("INV-1")] = new("C-1") };

        var json = JsonSerializer.Serialize(open);
        var back = JsonSerializer.Deserialize<Dictionary<DocumentId, CustomerId>>(json);

        Assert.Equal("""{"INV-1":"C-1"}""", json);
        Assert.Equal(open, back);
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<DocumentId>("\"\""));
    }

    [Fact]
    public void Document_AdjustmentCreditWithTags_RoundTripsThroughTheFactories()
    {
        var document = Document.Adjustment(new("ADJ-1"), new("C-1"), Money.Of(-12.30m, "CNY"), new(2026, 3, 1), "rounding", "HT-1", "retail", ["east", "li.wei"]);

        var back = JsonSerializer.Deserialize<Document>(JsonSerializer.Serialize(document));

        Assert.Equal(document, back);
        Assert.False(back!.IsDebit);
    }

    [Fact]
    public void Document_BrokenRule_ThrowsJsonExceptionWithTheReason()
    {
        const string Json = """{"id":"INV-1","kind":"Invoice","customer":"C-1","amount":{"amount":-5,"currency":"EUR"},"documentDate":"2026-01-01","dueDate":"2026-01-31"}""";

        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Document>(Json));

        Assert.Contains("greater than zero", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void History_AnyAccount_RoundTripsAndReplaysToTheSameState()
    {
        Properties.Check(Arbitraries.LedgerStepsGen.ToArbitrary(), steps =>
        {
            var account = CustomerAccount.Create(LedgerModel.Customer);
            for (var i = 0; i < steps.Length; i++)
            {
                account = LedgerModel.Run(account, steps[i], i, out _);
            }

            var end = LedgerModel.Start.AddDays(60);
            account = account.Annotate(new LedgerAnnotation(end, "acme.note", payload: [new("text", "多谢 \"quoted\""), new("by", "li")]));
            if (account.OpenItems.FirstOrDefault() is { } open)
            {
                account = account.RecordPromise(open.Id, end, end.AddDays(7), open.Open, "on the phone").ClearPromise(open.Id, end.AddDays(1), "broken");
            }

            var json = ReceivablesJson.SerializeHistory(account.History);
            var viaSerializer = JsonSerializer.Deserialize<List<LedgerEvent>>(JsonSerializer.Serialize(account.History, ReceivablesJson.Options), ReceivablesJson.Options)!;
            var replayed = CustomerAccount.Replay(LedgerModel.Customer, ReceivablesJson.DeserializeHistory(json));

            Assert.Equal(account.History, replayed.History);
            Assert.Equal(account.History, viaSerializer);
            Assert.Equal(LedgerModel.Snapshot(account), LedgerModel.Snapshot(replayed));
        });
    }

    [Fact]
    public void Event_UnknownType_ThrowsJsonException()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<LedgerEvent>("""{"type":"Nope","date":"2026-01-01"}"""));
    }
}

public class TextFormTests
{
    // The tests run with invariant globalization: a German-style number format stands in for de-DE.
    private static readonly NumberFormatInfo German = new() { NumberDecimalSeparator = ",", NumberGroupSeparator = "." };

    [Theory]
    [InlineData("1234.50 EUR", 1234.50, "EUR")]
    [InlineData("-3 JPY", -3, "JPY")]
    [InlineData("0.125 BHD", 0.125, "BHD")]
    [InlineData("1.23456 CNY", 1.23456, "CNY")]
    public void Money_Parse_InvariantForm(string text, decimal amount, string code)
    {
        var money = Money.Parse(text, German);

        Assert.Equal(Money.Of(amount, code), money);
        Assert.Equal(text, money.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("1234.50")]
    [InlineData("1,234.50 EUR")]
    [InlineData("1234.50  EUR")]
    [InlineData("12 eur")]
    [InlineData("EUR 12")]
    public void Money_TryParse_NotTheInvariantForm_False(string text)
    {
        Assert.False(Money.TryParse(text, null, out _));
        Assert.Throws<FormatException>(() => Money.Parse(text, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Money_FormatWithCulture_AmountInThatCultureThenCode()
    {
        var money = Money.Of(1234.5m, "EUR");
        Span<char> small = stackalloc char[4];
        Span<char> enough = stackalloc char[32];

        Assert.Equal("1.234,50 EUR", money.ToString("N2", German));
        Assert.Equal("1234.50 EUR", money.ToString(null, German));
        Assert.Equal("1234.50 EUR", string.Create(German, $"{money}"));
        Assert.False(money.TryFormat(small, out _, default, null));
        Assert.True(money.TryFormat(enough, out var written, default, null));
        Assert.Equal("1234.50 EUR", enough[..written].ToString());
    }

    [Fact]
    public void Ids_ParseAndFormat_TheTextUnchanged()
    {
        Assert.Equal(new DocumentId(" INV-1"), DocumentId.Parse(" INV-1", CultureInfo.InvariantCulture));
        Assert.Equal(new CustomerId("C-1"), CustomerId.Parse("C-1".AsSpan(), null));
        Assert.False(DocumentId.TryParse("  ", null, out _));
        Assert.Throws<FormatException>(() => CustomerId.Parse("", CultureInfo.InvariantCulture));
        Assert.Equal("INV-1", new DocumentId("INV-1").ToString("G", CultureInfo.InvariantCulture));
        Assert.Throws<FormatException>(() => new DocumentId("INV-1").ToString("X", null));
    }
}
