using System.Globalization;
using FsCheck.Fluent;
using Receivables.Tests.Support;

namespace Receivables.Tests.Reasons;

public class ReasonTests
{
    private static readonly ReasonCode AmountEquals = new(
        "test.amount.equals",
        "{amount} equals the open amount of {item} (due {due})",
        "{amount} 等于 {item} 的未结金额（到期日 {due}）");

    [Fact]
    public void Text_MoneyDateAndId_WrittenInInvariantCulture()
    {
        var reason = AmountEquals.With(Money.Of(1234.5m, "EUR"), new DocumentId("INV-7"), new DateOnly(2026, 3, 31));

        var text = reason.Text;

        Assert.Equal("1234.50 EUR equals the open amount of INV-7 (due 2026-03-31)", text);
        Assert.Equal("test.amount.equals", reason.Code);
        Assert.Equal(Money.Of(1234.5m, "EUR"), reason.Get<Money>("amount"));
    }

    [Fact]
    public void Text_UnderAnotherProcessCulture_StaysInvariant()
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            var comma = (CultureInfo)CultureInfo.InvariantCulture.Clone();
            comma.NumberFormat.NumberDecimalSeparator = ",";
            comma.NumberFormat.NumberGroupSeparator = ".";
            CultureInfo.CurrentCulture = comma;
            var reason = new ReasonCode("test.share", "{share} of {total}").With(33.5d, 1000.25m);

            Assert.Equal("33.5 of 1000.25", reason.Text);
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Fact]
    public void ToString_ChineseFormatter_UsesChineseTemplate()
    {
        var reason = AmountEquals.With(Money.Of(100m, "CNY"), new DocumentId("FP-1"), new DateOnly(2026, 1, 5));

        var text = reason.ToString(ReasonFormatters.Chinese);

        Assert.Equal("100.00 CNY 等于 FP-1 的未结金额（到期日 2026-01-05）", text);
    }

    [Fact]
    public void ToString_ChineseFormatterWithNestedReason_TranslatesTheNestedReasonToo()
    {
        var inner = new ReasonCode("test.inner", "paid late", "逾期付款").With();
        var outer = new ReasonCode("test.outer", "factor: {why}", "因素：{why}").With(inner);

        Assert.Equal("因素：逾期付款", outer.ToString(ReasonFormatters.Chinese));
        Assert.Equal("factor: paid late", outer.Text);
    }

    [Fact]
    public void ToString_ChineseFormatterWithoutTranslation_FallsBackToEnglish()
    {
        var reason = new ReasonCode("test.plain", "nothing to say").With();

        Assert.Equal("nothing to say", reason.ToString(ReasonFormatters.Chinese));
    }

    [Fact]
    public void FromTemplates_HostTemplate_UsedForItsCodeOnly()
    {
        var formatter = ReasonFormatters.FromTemplates(new Dictionary<string, string> { ["test.amount.equals"] = "Betrag {amount} passt zu {item}" });
        var known = AmountEquals.With(Money.Of(5m, "EUR"), new DocumentId("A"), new DateOnly(2026, 1, 1));
        var other = new ReasonCode("test.other", "other {x}").With(1);

        Assert.Equal("Betrag 5.00 EUR passt zu A", known.ToString(formatter));
        Assert.Equal("other 1", other.ToString(formatter));
    }

    [Theory]
    [InlineData("Matching.Exact")]
    [InlineData("matching")]
    [InlineData("matching..exact")]
    [InlineData("matching.exact ")]
    [InlineData("")]
    public void Constructor_MalformedCode_ThrowsNamingCode(string code)
    {
        var error = Assert.Throws<ArgumentException>(() => new ReasonCode(code, "text"));

        Assert.Equal("code", error.ParamName);
    }

    [Theory]
    [InlineData("{amount")]
    [InlineData("amount}")]
    [InlineData("{}")]
    [InlineData("{1x}")]
    public void Constructor_MalformedTemplate_ThrowsNamingTemplate(string template)
    {
        var error = Assert.Throws<ArgumentException>(() => new ReasonCode("test.bad", template));

        Assert.Equal("template", error.ParamName);
    }

    [Fact]
    public void Constructor_ChineseTemplateWithOtherPlaceholders_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => new ReasonCode("test.bad", "{a} and {b}", "{a} 和 {c}"));

        Assert.Equal("chineseTemplate", error.ParamName);
    }

    [Fact]
    public void With_WrongNumberOfValues_ThrowsNamingValues()
    {
        var error = Assert.Throws<ArgumentException>(() => AmountEquals.With(1m));

        Assert.Equal("values", error.ParamName);
    }

    [Fact]
    public void Indexer_UnknownName_ThrowsKeyNotFound()
    {
        var reason = AmountEquals.With(Money.Of(5m, "EUR"), new DocumentId("A"), new DateOnly(2026, 1, 1));

        Assert.Throws<KeyNotFoundException>(() => reason["nope"]);
    }

    [Fact]
    public void Is_SameCodeDefinedTwice_ComparesByCodeText()
    {
        var again = new ReasonCode("test.amount.equals", "other wording {amount} {item} {due}");
        var reason = AmountEquals.With(Money.Of(5m, "EUR"), new DocumentId("A"), new DateOnly(2026, 1, 1));

        Assert.True(reason.Is(again));
        Assert.Equal("test", again.Module);
    }

    [Fact]
    public void Equality_SameCodeAndArguments_EqualWithEqualHashes()
    {
        Properties.Check(
            Gen.Choose(-1000, 1000).Select(i => (decimal)i / 100).Two().ToArbitrary(),
            pair =>
            {
                var (x, y) = pair;
                var a = AmountEquals.With(Money.Of(x, "EUR"), new DocumentId("A"), new DateOnly(2026, 1, 1));
                var b = AmountEquals.With(Money.Of(y, "EUR"), new DocumentId("A"), new DateOnly(2026, 1, 1));

                Assert.Equal(x == y, a == b);
                Assert.Equal(x == y, a.Equals((object)b));
                if (x == y)
                {
                    Assert.Equal(a.GetHashCode(), b.GetHashCode());
                    Assert.Equal(a.Text, b.Text);
                }
            });
    }

    [Fact]
    public void Reading_OneOfTwoEqualReasonsFromManyThreads_EqualityHashAndValuesUnchanged()
    {
        // A reason keeps how its values are kept and what reading made (text, argument pairs) in one field (decision
        // 374): reading either reason, or both, from eight threads at once changes neither equality nor hash nor values.
        Properties.Check(
            Gen.Elements("C-1001", "C-2002", "KD77120").Zip(Gen.Choose(0, 3).Two()).ToArbitrary(),
            x =>
            {
                var (customer, (readA, readB)) = x;
                var kept = Receivables.Matching.MatchingReasonCodes.PayerAccount.Of("DE89 3704 0044 0532 0130 00", new CustomerId(customer));
                var plain = Receivables.Matching.MatchingReasonCodes.PayerAccount.With("DE89 3704 0044 0532 0130 00", new CustomerId(customer));
                var texts = new System.Collections.Concurrent.ConcurrentBag<string>();
                Parallel.For(0, 8, t =>
                {
                    var (reason, read) = t % 2 == 0 ? (kept, readA) : (plain, readB);
                    if ((read & 1) != 0)
                    {
                        texts.Add(reason.Text);
                    }

                    if ((read & 2) != 0)
                    {
                        Assert.Equal(2, reason.Arguments.Length);
                    }
                });

                Assert.Equal(kept, plain);
                Assert.Equal(kept.GetHashCode(), plain.GetHashCode());
                Assert.Same(kept.Definition, plain.Definition);
                Assert.Equal(new CustomerId(customer), kept["customer"]);
                Assert.Equal(plain.Arguments.ToArray(), kept.Arguments.ToArray());
                Assert.Single(texts.Append(kept.Text).Append(plain.Text).Distinct());
            });
    }
}
