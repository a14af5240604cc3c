using Receivables.Matching;

using Receivables.Ledger;

namespace Receivables.Tests.Matching;

/// <summary>Reasons are written when first read (decision 351): the texts are complete and stable, the records
/// keep value semantics, and concurrent readers see one and the same list.</summary>
public class MatchingReasonTests
{
    private static readonly CustomerId Acme = new("C-1001");
    private static readonly DateOnly Nov2 = new(2026, 11, 2);

    private static readonly OpenItem Invoice = new(new DocumentId("INV-2026-001234"), Acme, Money.Of(1190.00m, "EUR"), new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31));

    private static readonly CustomerProfile Profile = new(Acme, ["ACME Maschinenbau GmbH"], ["DE89 3704 0044 0532 0130 00"]);

    [Fact]
    public void Reasons_ExactReferenceKnownAccountExactAmount_EveryStepInWords()
    {
        var line = new StatementLine("L1", Nov2, Nov2, Money.Of(1190.00m, "EUR"), "ACME Maschinenbau GmbH", "DE89 3704 0044 0532 0130 00", "Invoice INV-2026-001234");

        var result = MatchingEngine.Create().Match([line], [Invoice], [Profile]).Lines[0];

        Assert.Equal(
            [
                "reference INV-2026-001234 found",
                "payer account DE89 3704 0044 0532 0130 00 known for customer C-1001",
                "amount equals open amount (1190.00 EUR)",
                "confidence 0.99 reaches the auto-apply threshold 0.90",
            ],
            result.Reasons.ToArray());
    }

    [Fact]
    public void Reasons_ReadTwiceAndFromManyThreads_OneList()
    {
        var line = new StatementLine("L1", Nov2, Nov2, Money.Of(1000.00m, "EUR"), null, "DE89 3704 0044 0532 0130 00", "INV-2026-001234");
        var results = Enumerable.Range(0, 20).Select(_ => MatchingEngine.Create().Match([line], [Invoice], [Profile]).Lines[0]).ToList();

        foreach (var result in results)
        {
            var seen = new System.Collections.Concurrent.ConcurrentBag<string[]>();
            Parallel.For(0, 8, _ => seen.Add(System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsArray(result.Reasons)!));
            Assert.Single(seen.Distinct());
            Assert.Equal(results[0].Reasons.ToArray(), result.Reasons.ToArray());
        }

        Assert.Contains("partial payment: 1000.00 EUR of 1190.00 EUR open", results[0].Reasons);
    }

    [Fact]
    public void PayerCandidate_WrittenLaterOrGivenAsText_EqualWhenTheTextsAre()
    {
        var line = new StatementLine("L1", Nov2, Nov2, Money.Of(1190.00m, "EUR"), null, "DE89 3704 0044 0532 0130 00", null);
        var context = new MatchContext(line, MatchingEngine.Create().BuildIndex([Invoice], [Profile]), new MatchingOptions());
        MatchRules.PayerIdentification.Apply(context);

        var found = Assert.Single(context.Payers);
        var given = new PayerCandidate(Acme, found.Weight, "payer account DE89 3704 0044 0532 0130 00 known for customer C-1001");

        Assert.Equal(given, found);
        Assert.Equal(given.GetHashCode(), found.GetHashCode());
        Assert.NotEqual(given, given with { Reason = "other" });
        var (customer, weight, reason) = found;
        Assert.Equal((Acme, 0.75, given.Reason), (customer, weight, reason));
    }

    [Fact]
    public void ReferenceHit_CopiedWithAnotherKind_KeepsItsReason()
    {
        var reference = new ExtractedReference("INV-2026-001243", "INV2026001243", false);
        var line = new StatementLine("L1", Nov2, Nov2, Money.Of(1190.00m, "EUR"), null, null, "INV-2026-001243");
        var context = new MatchContext(line, MatchingEngine.Create().BuildIndex([Invoice], [Profile]), new MatchingOptions());
        context.AddReference(reference);
        MatchRules.ReferenceLookup.Apply(context);
        var hit = Assert.Single(context.Hits);

        var copy = hit with { Kind = ReferenceMatchKind.Exact };

        Assert.Equal("reference INV-2026-001234 found with one typo (written 'INV-2026-001243')", hit.Reason);
        Assert.Equal(hit.Reason, copy.Reason);
        Assert.NotEqual(hit, copy);
    }

    [Fact]
    public void MatchProposal_NullReason_Rejected()
    {
        var error = Assert.Throws<ArgumentNullException>(() => new MatchProposal([], Money.Of(1m, "EUR"), 0.5, ["ok", null!]));

        Assert.Equal("reasons", error.ParamName);
    }

    [Fact]
    public void MatchProposal_SameContent_Equal()
    {
        var allocation = new MatchAllocation(Invoice.Id, Acme, Invoice.Open, Money.Of(0m, "EUR"), Money.Of(0m, "EUR"));

        var a = new MatchProposal([allocation], Money.Of(0m, "EUR"), 0.9, ["why"]);
        var b = new MatchProposal([allocation], Money.Of(0m, "EUR"), 0.9, ["why"]);

        Assert.Equal(a, b);
        Assert.NotEqual(a, new MatchProposal([allocation], Money.Of(0m, "EUR"), 0.8, ["why"]));
        Assert.NotEqual(a, new MatchProposal([allocation], Money.Of(0m, "EUR"), 0.9, ["why not"]));
    }
}
