using System.Xml;
using System.Xml.Linq;

namespace Receivables.Cli.Tests.Behaviour;

public class HtmlReportTests
{
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static XDocument Report(out string path)
    {
        path = Path.Combine(Path.GetDirectoryName(CliRunner.WriteTemp("x"))!, "report.html");
        var (code, _, error) = CliRunner.Run("report", CliRunner.SampleDocuments, "--as-of", "2026-11-30", "--output", path);
        Assert.True(code == 0, error);
        using var reader = XmlReader.Create(path, new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        return XDocument.Load(reader);
    }

    [Fact]
    public void Report_SampleData_IsOneSelfContainedXhtmlPageWithEverySection()
    {
        var html = Report(out var path);

        Assert.Equal(["aging", "overdue", "kpis", "provision", "analytics"], html.Descendants(Xhtml + "section").Select(s => (string?)s.Attribute("id")));
        Assert.DoesNotContain(html.Descendants(), e => e.Name.LocalName is "script" or "link" or "img" or "iframe");
        Assert.DoesNotContain("http://", File.ReadAllText(path).Replace("http://www.w3.org/", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("Receivables as of 2026-11-30", html.Descendants(Xhtml + "h1").Single().Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_AgingChart_HasOneBarPerBucketPerCurrencyMatchingTheAging()
    {
        var html = Report(out _);
        var (_, json, _) = CliRunner.Run("aging", CliRunner.SampleDocuments, "--as-of", "2026-11-30", "--format", "json");
        using var aging = System.Text.Json.JsonDocument.Parse(json);
        var totals = aging.RootElement.GetProperty("tables").GetProperty("aging").GetProperty("totals").EnumerateArray().ToList();

        var charts = html.Descendants(Svg + "svg").ToList();
        Assert.Equal(totals.Count, charts.Count);
        foreach (var total in totals)
        {
            var currency = total.GetProperty("currency").GetString()!;
            var chart = charts.Single(c => ((string?)c.Attribute("aria-label"))!.Contains(currency, StringComparison.Ordinal));
            var bars = chart.Elements(Svg + "rect").ToList();
            Assert.Equal(6, bars.Count);
            var notYetDue = total.GetProperty("notYetDue").GetDecimal();
            Assert.Contains(bars, b => b.Element(Svg + "title")!.Value.Contains(notYetDue.ToString("N2", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                || currency == "JPY");
        }
    }

    [Fact]
    public void Report_OverdueAndKpis_ShowCustomersAndFigures()
    {
        var html = Report(out _);
        var overdue = html.Descendants(Xhtml + "section").Single(s => (string?)s.Attribute("id") == "overdue");
        var kpis = html.Descendants(Xhtml + "section").Single(s => (string?)s.Attribute("id") == "kpis");

        Assert.NotEmpty(overdue.Descendants(Xhtml + "tbody").Single().Elements(Xhtml + "tr"));
        var dso = kpis.Descendants(Xhtml + "tbody").Single().Elements(Xhtml + "tr").Select(r => r.Elements(Xhtml + "td").ElementAt(1).Value).ToList();
        Assert.Contains(dso, d => decimal.TryParse(d, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var v) && v > 0m);
    }

    [Fact]
    public void Report_Analytics_BehaviourPerSegmentIsWhatAnalysePrints()
    {
        var html = Report(out _);
        var (_, json, _) = CliRunner.Run("analyse", CliRunner.SampleDocuments, "--as-of", "2026-11-30", "--format", "json");
        using var analyse = System.Text.Json.JsonDocument.Parse(json);

        var section = html.Descendants(Xhtml + "section").Single(s => (string?)s.Attribute("id") == "analytics");
        var tables = section.Descendants(Xhtml + "table").ToList();
        var segments = tables[0].Descendants(Xhtml + "tbody").Single().Elements(Xhtml + "tr").Select(r => r.Elements(Xhtml + "td").First().Value).ToList();
        Assert.Equal(CliRunner.Rows(analyse).EnumerateArray().Select(r => r.GetProperty("segment").GetString()), segments);
        var steps = tables[1].Descendants(Xhtml + "tbody").Single().Elements(Xhtml + "tr").Select(r => r.Elements(Xhtml + "td").First().Value).ToList();
        Assert.Equal(["invoice → reminder", "reminder → promise", "promise → payment", "reminder → payment", "invoice → payment"], steps);
    }
}
