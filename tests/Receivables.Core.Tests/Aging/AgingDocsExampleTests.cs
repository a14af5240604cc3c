using System.Globalization;
using Receivables.Aging;
using Receivables.Aging.Alerts;
using Receivables.Aging.Provisioning;
using Receivables.Ledger;
using Receivables.Tests.Support;

namespace Receivables.Tests.Aging;

/// <summary>The main example of docs/aging.md, compiled and run so the page cannot rot.</summary>
public class AgingDocsExampleTests
{
    [Fact]
    public void MainExample_AgeMergeProvisionAlert_FiguresAsInTheDocs()
    {
        // snippet: aging-main
        var asOf = new DateOnly(2026, 11, 30);
        var scheme = AgingScheme.Create([30, 60, 90, 120]);          // Not yet due | 1-30 | 31-60 | 61-90 | 91-120 | 121+
        var engine = AgingEngine.Create(scheme);

        OpenItem Invoice(string customer, string id, decimal eur, string due) =>
            new(new DocumentId(id), new CustomerId(customer), Money.Of(eur, "EUR"),
                new DateOnly(2026, 6, 1), DateOnly.Parse(due, CultureInfo.InvariantCulture));

        // Two partitions (two shards, two threads, two machines) aged separately...
        var east = engine.Age(asOf, [Invoice("ACME", "INV-1", 8_000m, "2026-12-20"), Invoice("ACME", "INV-2", 2_000m, "2026-07-15")]);
        var west = engine.Age(asOf, [Invoice("BETA", "INV-3", 4_500m, "2026-11-10"), Invoice("ACME", "INV-4", 500.50m, "2026-10-30")]);

        // ...and merged: the same report as aging all four items at once.
        var report = AgingReport.Merge(east, west);
        var eur = report.Section(Currency.EUR);
        // eur.BucketTotals: 8,000.00 | 4,500.00 | 500.50 | 0 | 0 | 2,000.00    eur.GrandTotal: 15,000.50

        // Bad-debt provision with an IFRS 9 provision matrix (rates per bucket).
        var matrix = ProvisionMatrix.Create(scheme, [0.003m, 0.016m, 0.036m, 0.066m, 0.106m, 0.50m]);
        var provision = matrix.Apply(report).Section(Currency.EUR);
        // provision.Allowance: 24.00 + 72.00 + 18.02 + 0 + 0 + 1,000.00 = 1,114.02

        // Risk alerts: more than 10 % of a customer's balance over 90 days.
        var alerts = AgingAlertRules.Evaluate(new AgingAlertArguments(report), [AgingAlertRules.OverdueShareAbove(90, 0.10m)]);
        // alerts[0].Reason.Code: "aging.alert.overdue-share"; alerts[0].Reason.Text:
        // "ACME: 19 % of the balance of 10500.50 EUR is more than 90 days old (2000.00 EUR); the limit is 10 %."
        // end snippet

        Assert.Equal([8_000m, 4_500m, 500.50m, 0m, 0m, 2_000m], eur.BucketTotals.Select(t => t.Amount));
        Assert.Equal(15_000.50m, eur.GrandTotal.Amount);
        Assert.Equal(AgingAssert.Canonical(engine.Age(asOf, [
            Invoice("ACME", "INV-1", 8_000m, "2026-12-20"), Invoice("ACME", "INV-2", 2_000m, "2026-07-15"),
            Invoice("BETA", "INV-3", 4_500m, "2026-11-10"), Invoice("ACME", "INV-4", 500.50m, "2026-10-30")])), AgingAssert.Canonical(report));
        Assert.Equal(1_114.02m, provision.Allowance.Amount);
        var alert = Assert.Single(alerts);
        Assert.True(alert.Reason.Is(AgingReasonCodes.OverdueShare));
        Assert.Equal(19m, alert.Reason.Get<decimal>("sharePercent"));
        DocSnippets.AssertDocMatchesTest("docs/aging.md", "aging-main");
        Assert.Equal("ACME: 19 % of the balance of 10500.50 EUR is more than 90 days old (2000.00 EUR); the limit is 10 %.", alert.Reason.Text);
    }
}
