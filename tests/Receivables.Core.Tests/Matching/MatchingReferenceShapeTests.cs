using Receivables.Ledger;
using Receivables.Matching;

namespace Receivables.Tests.Matching;

/// <summary>References are read from the open items themselves: any numbering scheme, no per-prefix configuration.</summary>
public class MatchingReferenceShapeTests
{
    private static readonly DateOnly Nov2 = new(2026, 11, 2);
    private static readonly CustomerId Customer = new("C-77");

    [Theory]
    [InlineData("KD77120", "Zahlung Kundenrechnung KD77120 danke")]
    [InlineData("RE240017", "re240017")]
    [InlineData("SO-2026-0042", "order so 2026 0042 paid")]
    [InlineData("2026-000123", "Rechnung 2026-000123")]
    [InlineData("INV-12345678", "INV12345678")]
    [InlineData("INV/2026/00042", "payment INV/2026/00042 EUR")]
    [InlineData("ＡＢ-9981", "AB 9981")]
    public void Match_NumberOfAnyShapeInTheText_FoundExactlyWithoutPatterns(string number, string text)
    {
        var engine = MatchingEngine.Create(new MatchingOptions { ReferencePatterns = [] });
        var item = Item(number, 840.00m);

        var result = engine.Match([Line(840.00m, text)], [item, Item("XY-1", 840.00m)]).Lines[0];

        Assert.Equal(MatchDecision.AutoApply, result.Decision);
        Assert.Equal(item.Id, Assert.Single(result.Allocations).Item);
        Assert.Contains(result.Reasons, r => r.Is(MatchingReasonCodes.ReferenceExact));
    }

    [Fact]
    public void Match_FurtherReferenceOfTheItem_Found()
    {
        var item = Item("INV-5001", 99.50m).WithReferences(["PO-4711-A"]);

        var result = MatchingEngine.Create().Match([Line(99.50m, "your PO 4711 A")], [item, Item("INV-5002", 99.50m)]).Lines[0];

        Assert.Equal(MatchDecision.AutoApply, result.Decision);
        Assert.Equal(item.Id, Assert.Single(result.Allocations).Item);
    }

    [Fact]
    public void Match_ValidCreditorReference_FoundThroughTheItemsReferences()
    {
        var item = Item("INV-6001", 120.00m).WithReferences(["RF18 5390 0754 7034"]);

        var result = MatchingEngine.Create().Match([Line(120.00m, "RF18 5390 0754 7034")], [item, Item("INV-6002", 120.00m)]).Lines[0];

        Assert.Equal(item.Id, Assert.Single(result.Allocations).Item);
        Assert.Equal(MatchDecision.AutoApply, result.Decision);
    }

    [Fact]
    public void Match_CreditorReferenceWithWrongCheckDigits_IgnoredAndSaid()
    {
        var item = Item("INV-6001", 120.00m).WithReferences(["RF18 5390 0754 7034"]);

        var result = MatchingEngine.Create().Match([Line(120.00m, "RF19 5390 0754 7034")], [item, Item("INV-6002", 120.00m)]).Lines[0];

        Assert.NotEqual(MatchDecision.AutoApply, result.Decision);
        Assert.Contains(result.Reasons, r => r.Is(MatchingReasonCodes.ReferenceCreditorInvalid));
    }

    [Theory]
    [InlineData("RF18539007547034", true)]
    [InlineData("RF18539007547035", false)]
    [InlineData("RF712348231", true)]
    [InlineData("RF00", false)]
    public void CreditorReference_IsValid_Iso11649CheckDigits(string reference, bool valid)
    {
        Assert.Equal(valid, CreditorReference.IsValid(reference));
    }

    /// <summary>One typo (substitution, transposition, deletion, insertion) in a number of every shape: the item is
    /// found with one typo, searched among the open items (no pattern), and proposed first.</summary>
    [Theory]
    [InlineData("KD77120", "Zahlung KD71120")]
    [InlineData("RE240017", "RE240071")]
    [InlineData("SO-2026-0042", "order SO-2026-0024 paid")]
    [InlineData("2026-000123", "Rechnung 2026-000132")]
    [InlineData("INV-12345678", "INV12345679")]
    [InlineData("INV/2026/00042", "payment INV/2026/00043 EUR")]
    [InlineData("31004577", "货款 发票号 31004677")]
    [InlineData("INV-2026-001234", "INV-2026-001243")]
    public void Match_NumberOfAnyShapeWithOneTypo_FoundWithOneTypo(string number, string text)
    {
        var item = Item(number, 840.00m);

        var result = MatchingEngine.Create().Match([FromPayer(840.00m, text)], [item, Item("XY-1", 120.00m), Item("ZZ-99", 315.50m)], [Payer]).Lines[0];

        Assert.NotEqual(MatchDecision.Unmatched, result.Decision);
        Assert.Equal(item.Id, Assert.Single(result.Allocations).Item);
        Assert.Contains(result.Reasons, r => r.Is(MatchingReasonCodes.ReferenceTypo));
    }

    /// <summary>A number of every shape cut at the end of the text (the bank's field was full): found truncated.</summary>
    [Theory]
    [InlineData("KD77120", "Zahlung Kundenrechnung KD7712")]
    [InlineData("RE240017", "re24001")]
    [InlineData("SO-2026-0042", "order so 2026 004")]
    [InlineData("2026-000123", "Rechnung 2026-00012")]
    [InlineData("INV/2026/00042", "payment INV/2026/000")]
    [InlineData("31004577", "货款 发票号 310045")]
    public void Match_NumberOfAnyShapeCutAtTheEnd_FoundTruncated(string number, string text)
    {
        var item = Item(number, 840.00m);

        var result = MatchingEngine.Create().Match([FromPayer(840.00m, text)], [item, Item("XY-1", 120.00m), Item("ZZ-99", 315.50m)], [Payer]).Lines[0];

        Assert.NotEqual(MatchDecision.Unmatched, result.Decision);
        Assert.Equal(item.Id, Assert.Single(result.Allocations).Item);
        Assert.Contains(result.Reasons, r => r.Is(MatchingReasonCodes.ReferenceTruncated));
    }

    /// <summary>Without a known payer, a number with letters and one typo is searched across all customers (numbers
    /// of digits only are not: too many are one edit apart).</summary>
    [Theory]
    [InlineData("KD77120", "Zahlung KD71120")]
    [InlineData("SO-2026-0042", "order SO-2026-0024 paid")]
    [InlineData("INV/2026/00042", "payment INV/2026/00043 EUR")]
    public void Match_LetteredNumberWithOneTypoAndNoKnownPayer_FoundAcrossCustomers(string number, string text)
    {
        var item = Item(number, 840.00m);
        var other = new OpenItem(new DocumentId("QQ-5"), new CustomerId("C-78"), Money.Of(120.00m, "EUR"), new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31));

        var result = MatchingEngine.Create().Match([Line(840.00m, text)], [item, other]).Lines[0];

        Assert.Equal(item.Id, Assert.Single(result.Allocations).Item);
        Assert.Contains(result.Reasons, r => r.Is(MatchingReasonCodes.ReferenceTypo));
    }

    /// <summary>Leading zeros of a number part left out or added, as payers often write them: found exactly.</summary>
    [Theory]
    [InlineData("SO-2026-0042", "order SO-2026-42 paid")]
    [InlineData("INV/2026/00042", "payment INV/2026/42")]
    [InlineData("2026-000123", "Rechnung 2026-123")]
    [InlineData("INV-2026-001234", "INV-2026-1234")]
    [InlineData("RE-42", "RE-0042")]
    [InlineData("KD-0007", "kd 7")]
    public void Match_NumberWithLeadingZerosLeftOutOrAdded_FoundExactly(string number, string text)
    {
        var item = Item(number, 840.00m);

        var result = MatchingEngine.Create().Match([Line(840.00m, text)], [item, Item("XY-1", 120.00m), Item("ZZ-99", 315.50m)]).Lines[0];

        Assert.Equal(MatchDecision.AutoApply, result.Decision);
        Assert.Equal(item.Id, Assert.Single(result.Allocations).Item);
        Assert.Contains(result.Reasons, r => r.Is(MatchingReasonCodes.ReferenceExact));
    }

    private static OpenItem Item(string number, decimal open) => new(new DocumentId(number), Customer, Money.Of(open, "EUR"), new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31));

    private static readonly CustomerProfile Payer = new(Customer, ["Weber Logistik GmbH"], ["DE44 5001 0517 5407 3249 31"]);

    private static StatementLine FromPayer(decimal amount, string text) => new("L1", Nov2, Nov2, Money.Of(amount, "EUR"), payerAccount: "DE44500105175407324931", remittanceText: text);

    private static StatementLine Line(decimal amount, string text) => new("L1", Nov2, Nov2, Money.Of(amount, "EUR"), remittanceText: text);
}
