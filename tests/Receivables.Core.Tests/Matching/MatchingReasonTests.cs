using Receivables.Matching;

using Receivables.Ledger;

namespace Receivables.Tests.Matching;

/// <summary>Every explained decision of matching is a <see cref="Reason"/> of a <see cref="MatchingReasonCodes"/>
/// code: tests read codes and arguments, records keep value semantics, concurrent readers see one list.</summary>
public class MatchingReasonTests
{
    private static readonly CustomerId Acme = new("C-1001");
    private static readonly DateOnly Nov2 = new(2026, 11, 2);

    private static readonly OpenItem Invoice = new(new DocumentId("INV-2026-001234"), Acme, Money.Of(1190.00m, "EUR"), new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31));

    private static readonly CustomerProfile Profile = new(Acme, ["ACME Maschinenbau GmbH"], ["DE89 3704 0044 0532 0130 00"]);

    [Fact]
    public void Reasons_ExactReferenceKnownAccountExactAmount_EveryStepAsACode()
    {
        var line = new StatementLine("L1", Nov2, Nov2, Money.Of(1190.00m, "EUR"), "ACME Maschinenbau GmbH", "DE89 3704 0044 0532 0130 00", "Invoice INV-2026-001234");

        var result = MatchingEngine.Create().Match([line], [Invoice], [Profile]).Lines[0];

        Assert.Equal(
            [MatchingReasonCodes.ReferenceExact, MatchingReasonCodes.PayerAccount, MatchingReasonCodes.AmountExact, MatchingReasonCodes.AutoApplied],
            result.Reasons.Select(r => r.Definition));
        Assert.Equal(Invoice.Id, result.Reasons[0]["item"]);
        Assert.Equal(Money.Of(1190.00m, "EUR"), result.Reasons[2]["total"]);
        Assert.Equal(0.9, result.Reasons[3]["threshold"]);
    }

    [Fact]
    public void Reasons_EveryBuiltInCode_HasEnglishAndChineseTemplates()
    {
        var codes = typeof(MatchingReasonCodes).GetFields().Select(f => (ReasonCode)f.GetValue(null)!).ToList();

        Assert.All(codes, c => Assert.StartsWith("matching.", c.Code, StringComparison.Ordinal));
        Assert.All(codes, c => Assert.NotNull(c.ChineseTemplate));
        Assert.Equal(codes.Count, codes.Select(c => c.Code).Distinct().Count());
    }

    [Fact]
    public void Reasons_ReadTwiceAndFromManyThreads_OneList()
    {
        var line = new StatementLine("L1", Nov2, Nov2, Money.Of(1000.00m, "EUR"), null, "DE89 3704 0044 0532 0130 00", "INV-2026-001234");
        var results = Enumerable.Range(0, 20).Select(_ => MatchingEngine.Create().Match([line], [Invoice], [Profile]).Lines[0]).ToList();

        foreach (var result in results)
        {
            var seen = new System.Collections.Concurrent.ConcurrentBag<Reason[]>();
            Parallel.For(0, 8, _ => seen.Add(System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsArray(result.Reasons)!));
            Assert.Single(seen.Distinct());
            Assert.Equal(results[0].Reasons.ToArray(), result.Reasons.ToArray());
        }

        var partial = Assert.Single(results[0].Reasons, r => r.Is(MatchingReasonCodes.AmountPartial));
        Assert.Equal((Money.Of(1000.00m, "EUR"), Money.Of(1190.00m, "EUR")), (partial.Get<Money>("amount"), partial.Get<Money>("total")));
    }

    [Fact]
    public void Reasons_Chinese_WrittenFromTheChineseTemplate()
    {
        var line = new StatementLine("L1", Nov2, Nov2, Money.Of(1190.00m, "EUR"), null, null, "INV-2026-001234");

        var result = MatchingEngine.Create().Match([line], [Invoice], [Profile]).Lines[0];

        Assert.Contains("找到单据号 INV-2026-001234", result.Reasons[0].ToString(ReasonFormatters.Chinese), StringComparison.Ordinal);
    }

    [Fact]
    public void PayerCandidate_SameCodeAndArguments_Equal()
    {
        var a = new PayerCandidate(Acme, 0.75, MatchingReasonCodes.PayerAccount.With("DE89 3704 0044 0532 0130 00", Acme));
        var b = new PayerCandidate(Acme, 0.75, MatchingReasonCodes.PayerAccount.With("DE89 3704 0044 0532 0130 00", Acme));

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, a with { Reason = MatchingReasonCodes.PayerAccount.With("other", Acme) });
    }

    [Fact]
    public void MatchProposal_NullReason_Rejected()
    {
        var error = Assert.Throws<ArgumentNullException>(() => new MatchProposal([], Money.Of(1m, "EUR"), 0.5, [MatchingReasonCodes.SubsetUnique.With(), null!]));

        Assert.Equal("reasons", error.ParamName);
    }

    [Fact]
    public void MatchProposal_SameContent_Equal()
    {
        var allocation = new MatchAllocation(Invoice.Id, Acme, Invoice.Open, Money.Of(0m, "EUR"), Money.Of(0m, "EUR"));
        var why = MatchingReasonCodes.AmountExact.With(1, Invoice.Open);

        var a = new MatchProposal([allocation], Money.Of(0m, "EUR"), 0.9, [why]);
        var b = new MatchProposal([allocation], Money.Of(0m, "EUR"), 0.9, [MatchingReasonCodes.AmountExact.With(1, Invoice.Open)]);

        Assert.Equal(a, b);
        Assert.NotEqual(a, new MatchProposal([allocation], Money.Of(0m, "EUR"), 0.8, [why]));
        Assert.NotEqual(a, new MatchProposal([allocation], Money.Of(0m, "EUR"), 0.9, [MatchingReasonCodes.SubsetUnique.With()]));
    }
}
