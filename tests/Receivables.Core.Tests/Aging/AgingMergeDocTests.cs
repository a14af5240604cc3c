using Receivables.Aging;
using Receivables.Ledger;
using Receivables.Tests.Support;

namespace Receivables.Tests.Aging;

public class AgingMergeDocTests
{
    [Fact]
    public void Merge_ShardsAgedApart_EqualTheWhole()
    {
        // snippet: aging-merge
        var asOf = new DateOnly(2026, 11, 30);
        var engine = AgingEngine.Create(AgingScheme.ErpNextDefault);
        OpenItem[] shardA = [new(new("INV-1"), new("C-1"), Money.Of(100.00m, "EUR"), new(2026, 8, 1), new(2026, 8, 31))];
        OpenItem[] shardB = [new(new("INV-2"), new("C-2"), Money.Of(250.00m, "EUR"), new(2026, 10, 1), new(2026, 10, 31))];

        var parts = new[] { engine.Age(asOf, shardA), engine.Age(asOf, shardB) };   // on each worker
        var total = AgingReport.Merge(parts);                                          // on the coordinator

        Assert.Equal(engine.Age(asOf, shardA.Concat(shardB)).Sections.Single().GrandTotal, total.Sections.Single().GrandTotal);
        Assert.Equal(Money.Of(350.00m, "EUR"), total.Sections.Single().GrandTotal);
        // end snippet
    }

    [Fact]
    public void Merge_Example_IsTheCodeInTheDoc()
    {
        DocSnippets.AssertDocMatchesTest("docs/aging.md", "aging-merge");
    }
}
