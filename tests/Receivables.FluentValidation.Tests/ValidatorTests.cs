using Receivables.Aging;
using Receivables.Ledger;
using Receivables.Matching;
using Receivables.Tests.Support;

namespace Receivables.FluentValidation.Tests;

public partial class ValidatorTests
{
    /// <summary>Core's bad-input catalogue for documents: each case, the property the validator must name. Every case
    /// is also refused by Core itself, so the validator reports it before Core would throw.</summary>
    public static TheoryData<string, DocumentInput, string> BadDocuments => new()
    {
        { "blank id", Invoice(i => i.Id = " "), "Id" },
        { "no customer", Invoice(i => i.Customer = null), "Customer" },
        { "unknown currency", Invoice(i => i.Currency = "XXY"), "Currency" },
        { "cents on yen", Invoice(i => { i.Currency = "JPY"; i.Amount = 100.5m; }), "Amount" },
        { "three decimals on euro", Invoice(i => i.Amount = 100.005m), "Amount" },
        { "zero amount", Invoice(i => i.Amount = 0m), "Amount" },
        { "negative amount", Invoice(i => i.Amount = -5m), "Amount" },
        { "zero adjustment", Invoice(i => { i.Kind = DocumentKind.Adjustment; i.Amount = 0m; }), "Amount" },
        { "no document date", Invoice(i => i.DocumentDate = null), "DocumentDate" },
        { "no due date", Invoice(i => i.DueDate = null), "DueDate" },
        { "due before document date", Invoice(i => i.DueDate = new DateOnly(2026, 1, 1)), "DueDate" },
        { "undefined kind", Invoice(i => i.Kind = (DocumentKind)42), "Kind" },
    };

    [Theory]
    [MemberData(nameof(BadDocuments))]
    public void DocumentInputValidator_BadInput_NamesThePropertyThatCoreRefuses(string scenario, DocumentInput input, string property)
    {
        var result = new DocumentInputValidator().Validate(input);

        Assert.False(result.IsValid, scenario);
        Assert.Contains(result.Errors, e => e.PropertyName == property);
        Assert.ThrowsAny<ArgumentException>(() => input.ToDocument());
    }

    [Fact]
    public void DocumentInputValidator_SeveralBadFields_ReportsThemAllAtOnce()
    {
        var input = Invoice(i => { i.Id = ""; i.Customer = ""; i.Currency = "EURO"; i.DocumentDate = null; });

        var result = new DocumentInputValidator().Validate(input);

        Assert.Equal(["Currency", "Customer", "DocumentDate", "Id"], result.Errors.Select(e => e.PropertyName).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void DocumentInputValidator_GoodInvoice_ValidAndBuilds()
    {
        var input = Invoice(_ => { });

        var result = new DocumentInputValidator().Validate(input);
        var document = input.ToDocument();

        Assert.True(result.IsValid);
        Assert.Equal(Money.Of(1190.00m, "EUR"), document.Amount);
    }

    [Fact]
    public void DocumentInputValidator_MessagesInPlainWords_NoParameterSuffix()
    {
        var result = new DocumentInputValidator().Validate(Invoice(i => i.DueDate = new DateOnly(2026, 1, 1)));

        Assert.All(result.Errors, e => Assert.DoesNotContain("(Parameter", e.ErrorMessage, StringComparison.Ordinal));
    }

    [Fact]
    public void PromiseInputValidator_PromiseBeforeItsDateAndNoCurrency_BothReported()
    {
        var input = new PromiseInput { Item = "INV-1", RecordedOn = new(2026, 3, 10), PromisedDate = new(2026, 3, 1), Amount = 50m, Currency = null };

        var result = new PromiseInputValidator().Validate(input);

        Assert.Contains(result.Errors, e => e.PropertyName == "PromisedDate");
        Assert.Contains(result.Errors, e => e.PropertyName == "Currency");
    }

    [Fact]
    public void PromiseInput_RecordIn_CoreRefusesTheSameBadDates()
    {
        var acme = new CustomerId("C-1");
        var account = CustomerAccount.Create(acme).Post(Document.Invoice(new("INV-1"), acme, Money.Of(100m, "EUR"), new(2026, 1, 1), new(2026, 1, 31)));
        var input = new PromiseInput { Item = "INV-1", RecordedOn = new(2026, 3, 10), PromisedDate = new(2026, 3, 1), Amount = 50m, Currency = "EUR" };

        Assert.False(new PromiseInputValidator().Validate(input).IsValid);
        var error = Assert.Throws<LedgerException>(() => input.RecordIn(account));
        Assert.Equal("promisedDate", error.Field);
    }

    [Theory]
    [InlineData("", "Item")]
    [InlineData("INV-1", "Note")]
    public void DisputeInputValidator_MissingField_Named(string item, string property)
    {
        var result = new DisputeInputValidator().Validate(new DisputeInput { Item = item, OpenedOn = new(2026, 2, 1), Note = item.Length == 0 ? "price" : " " });

        Assert.Contains(result.Errors, e => e.PropertyName == property);
    }

    [Theory]
    [InlineData("", "Item")]
    [InlineData("INV-1", "Amount")]
    public void AllocationInputValidator_BadField_Named(string item, string property)
    {
        var result = new AllocationInputValidator().Validate(new AllocationInput { Item = item, Amount = item.Length == 0 ? 5m : -5m, Currency = "EUR" });

        Assert.Contains(result.Errors, e => e.PropertyName == property);
    }

    [Theory]
    [InlineData("2/10 NET 30", true)]
    [InlineData("30% DEPOSIT, 70% NET 60", true)]
    [InlineData("NET thirty", false)]
    [InlineData("", false)]
    public void PaymentTermNotationValidator_Text_ValidExactlyWhenCoreParsesIt(string text, bool valid)
    {
        var result = new PaymentTermNotationValidator().Validate(text);

        Assert.Equal(valid, result.IsValid);
        Assert.Equal(valid, Terms.TermNotation.TryParse(text, out _, out _));
    }

    [Fact]
    public void AgingSchemeInputValidator_DescendingBounds_NamesBounds()
    {
        var input = new AgingSchemeInput { Bounds = [60, 30] };

        var result = new AgingSchemeInputValidator().Validate(input);

        Assert.Contains(result.Errors, e => e.PropertyName == "Bounds");
        Assert.ThrowsAny<ArgumentException>(() => input.ToScheme());
        Assert.True(new AgingSchemeInputValidator().Validate(new AgingSchemeInput { Bounds = [30, 60, 90], Basis = AgingBasis.DaysSinceDocumentDate }).IsValid);
    }

    [Fact]
    public void StatementLineInputValidator_BlankIdAndCentsOnYen_BothNamed()
    {
        var input = new StatementLineInput { Id = " ", BookingDate = new(2026, 12, 1), Amount = 10.5m, Currency = "JPY" };

        var result = new StatementLineInputValidator().Validate(input);

        Assert.Contains(result.Errors, e => e.PropertyName == "Id");
        Assert.Contains(result.Errors, e => e.PropertyName == "Amount");
    }

    [Fact]
    public void MatchingOptionsValidator_TwoBadThresholds_EachNamed()
    {
        var options = new MatchingOptions { AutoApplyThreshold = 1.5, MaxSubsetSize = 1 };

        var result = new MatchingOptionsValidator().Validate(options);

        Assert.Contains(result.Errors, e => e.PropertyName == "AutoApplyThreshold");
        Assert.Contains(result.Errors, e => e.PropertyName == "MaxSubsetSize");
        Assert.ThrowsAny<ArgumentException>(() => MatchingEngine.Create(options));
        Assert.True(new MatchingOptionsValidator().Validate(new MatchingOptions()).IsValid);
    }

    [Fact]
    public void PublicApi_FluentValidation_MatchesApprovedFile()
    {
        PublicApi.Verify(typeof(DocumentInputValidator).Assembly, "Receivables.FluentValidation.txt");
    }

    private static DocumentInput Invoice(Action<DocumentInput> change)
    {
        var input = new DocumentInput
        {
            Id = "INV-2026-0001",
            Customer = "C-1001",
            Amount = 1190.00m,
            Currency = "EUR",
            DocumentDate = new DateOnly(2026, 3, 1),
            DueDate = new DateOnly(2026, 3, 31),
        };
        change(input);
        return input;
    }
}
