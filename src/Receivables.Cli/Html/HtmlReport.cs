using System.Globalization;
using System.Text;
using System.Xml;
using Receivables.Aging;
using Receivables.Aging.Kpis;
using Receivables.Aging.Provisioning;
using Receivables.Ledger;

namespace Receivables.Cli.Html;

/// <summary>What every section of the HTML report sees: the ledger, the date, the aging and the provision.</summary>
internal sealed record HtmlReportData(LoadedLedger Loaded, DateOnly AsOf, AgingScheme Scheme, AgingReport Aging, ProvisionReport Provision, int KpiDays);

/// <summary>One section of the HTML report. A later section (reminder worklist, analytics) is one more implementation
/// and one more entry in <see cref="HtmlReport.Sections"/>.</summary>
internal interface IHtmlSection
{
    /// <summary>The section's anchor id, e.g. <c>aging</c>.</summary>
    string Id { get; }

    /// <summary>The heading shown above the section.</summary>
    string Title { get; }

    /// <summary>Writes the section's body (XHTML elements) inside its <c>section</c> element.</summary>
    void Write(XmlWriter html, HtmlReportData data);
}

/// <summary>
/// Writes one self-contained XHTML page: inline CSS and SVG made here, no scripts, no external assets, so it opens
/// offline and parses as XML (which the tests do).
/// </summary>
internal static class HtmlReport
{
    /// <summary>The sections, in page order.</summary>
    public static readonly IReadOnlyList<IHtmlSection> Sections =
    [
        new AgingSectionHtml(),
        new OverdueCustomersSection(),
        new KpiSection(),
        new ProvisionSection(),
        new AnalyticsSectionHtml(),
    ];

    private const string Css = """
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans CJK SC",sans-serif;margin:2rem;color:#1f2933;max-width:72rem}
        h1{font-size:1.5rem;margin-bottom:.25rem}h2{font-size:1.15rem;border-bottom:1px solid #cbd2d9;padding-bottom:.25rem;margin-top:2rem}
        p.meta{color:#616e7c;margin-top:0}table{border-collapse:collapse;margin:.5rem 0 1rem}
        th,td{padding:.2rem .6rem;border-bottom:1px solid #e4e7eb;white-space:nowrap}th{text-align:left;background:#f5f7fa}
        td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}tr.total td{font-weight:bold;border-top:2px solid #7b8794}
        td.overdue{color:#b42318}nav a{margin-right:1rem}svg{display:block;margin:.5rem 0}
        """;

    public static void Write(TextWriter output, HtmlReportData data)
    {
        var settings = new XmlWriterSettings { Indent = true, OmitXmlDeclaration = true, Encoding = new UTF8Encoding(false), NewLineChars = "\n" };
        using var html = XmlWriter.Create(output, settings);
        html.WriteDocType("html", null, null, null);
        html.WriteStartElement("html", "http://www.w3.org/1999/xhtml");
        html.WriteAttributeString("lang", "en");
        html.WriteStartElement("head");
        html.WriteStartElement("meta");
        html.WriteAttributeString("charset", "utf-8");
        html.WriteEndElement();
        html.WriteElementString("title", $"Receivables as of {ReportWriter.Date(data.AsOf)}");
        html.WriteElementString("style", Css);
        html.WriteEndElement();
        html.WriteStartElement("body");
        html.WriteElementString("h1", $"Receivables as of {ReportWriter.Date(data.AsOf)}");
        var customers = data.Loaded.Ledger.Accounts.Count();
        html.WriteStartElement("p");
        html.WriteAttributeString("class", "meta");
        html.WriteString($"{data.Loaded.Rows.Count.ToString("N0", CultureInfo.InvariantCulture)} documents, {customers.ToString("N0", CultureInfo.InvariantCulture)} customers. Made by the receivables tool; amounts in each document's currency, never added across currencies.");
        html.WriteEndElement();
        html.WriteStartElement("nav");
        foreach (var section in Sections)
        {
            html.WriteStartElement("a");
            html.WriteAttributeString("href", "#" + section.Id);
            html.WriteString(section.Title);
            html.WriteEndElement();
        }

        html.WriteEndElement();
        foreach (var section in Sections)
        {
            html.WriteStartElement("section");
            html.WriteAttributeString("id", section.Id);
            html.WriteElementString("h2", section.Title);
            section.Write(html, data);
            html.WriteEndElement();
        }

        html.WriteEndElement();
        html.WriteEndElement();
    }

    /// <summary>Writes a table; numeric columns right-aligned with thousands separators; the last rows may be totals.</summary>
    public static void Table(XmlWriter html, IReadOnlyList<ReportColumn> columns, IEnumerable<(RowKind Kind, IReadOnlyList<string> Cells)> rows)
    {
        html.WriteStartElement("table");
        html.WriteStartElement("thead");
        html.WriteStartElement("tr");
        foreach (var column in columns)
        {
            html.WriteStartElement("th");
            if (column.Numeric)
            {
                html.WriteAttributeString("class", "num");
            }

            html.WriteString(column.Name);
            html.WriteEndElement();
        }

        html.WriteEndElement();
        html.WriteEndElement();
        html.WriteStartElement("tbody");
        foreach (var (kind, cells) in rows)
        {
            html.WriteStartElement("tr");
            if (kind == RowKind.Total)
            {
                html.WriteAttributeString("class", "total");
            }

            for (var i = 0; i < columns.Count; i++)
            {
                var cell = i < cells.Count ? cells[i] : string.Empty;
                html.WriteStartElement("td");
                var overdue = columns[i].Role == ColumnRole.Overdue && cell.Any(c => c is >= '1' and <= '9');
                if (columns[i].Numeric)
                {
                    html.WriteAttributeString("class", overdue ? "num overdue" : "num");
                }

                html.WriteString(columns[i].Numeric ? ReportWriter.Grouped(cell) : cell);
                html.WriteEndElement();
            }

            html.WriteEndElement();
        }

        html.WriteEndElement();
        html.WriteEndElement();
    }

    public static string Number(decimal value, int decimals = 2) => value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}

/// <summary>Aging by bucket, one bar chart (inline SVG) and one table per currency.</summary>
internal sealed class AgingSectionHtml : IHtmlSection
{
    private static readonly string[] Colours = ["#2f855a", "#d69e2e", "#dd6b20", "#c53030", "#9b2c2c", "#63171b", "#3c0d0f"];

    public string Id => "aging";

    public string Title => "Aging by bucket and currency";

    public void Write(XmlWriter html, HtmlReportData data)
    {
        var buckets = data.Scheme.Buckets;
        foreach (var section in data.Aging.Sections)
        {
            html.WriteElementString("h3", $"{section.Currency.Code}: {HtmlReport.Number(section.GrandTotal.Amount, section.Currency.MinorUnits)} open");
            Chart(html, section, buckets);
            var columns = buckets.Select(b => new ReportColumn(b.Label, true) { Role = b.IsNotYetDue ? ColumnRole.Plain : ColumnRole.Overdue }).Append(new ReportColumn("Total", true)).ToList();
            IReadOnlyList<string> row = [.. section.BucketTotals.Select(ReportWriter.Amount), ReportWriter.Amount(section.GrandTotal)];
            HtmlReport.Table(html, columns, [(RowKind.Total, row)]);
        }
    }

    private static void Chart(XmlWriter html, AgingSection section, IReadOnlyList<AgingBucket> buckets)
    {
        const int width = 640, barArea = 180, top = 20, left = 10, labelHeight = 40;
        var max = section.BucketTotals.Select(m => m.Amount).DefaultIfEmpty(0m).Max();
        var slot = (width - (2 * left)) / Math.Max(1, buckets.Count);
        html.WriteStartElement("svg", "http://www.w3.org/2000/svg");
        html.WriteAttributeString("width", Invariant(width));
        html.WriteAttributeString("height", Invariant(top + barArea + labelHeight));
        html.WriteAttributeString("role", "img");
        html.WriteAttributeString("aria-label", $"Aging of {section.Currency.Code} by bucket");
        for (var i = 0; i < buckets.Count; i++)
        {
            var amount = section.BucketTotals[i].Amount;
            var height = max <= 0m ? 0 : (int)Math.Round(amount / max * barArea, MidpointRounding.AwayFromZero);
            var x = left + (i * slot) + (slot / 6);
            html.WriteStartElement("rect");
            html.WriteAttributeString("x", Invariant(x));
            html.WriteAttributeString("y", Invariant(top + barArea - height));
            html.WriteAttributeString("width", Invariant(slot * 2 / 3));
            html.WriteAttributeString("height", Invariant(height));
            html.WriteAttributeString("fill", Colours[Math.Min(i, Colours.Length - 1)]);
            html.WriteStartElement("title");
            html.WriteString($"{buckets[i].Label}: {HtmlReport.Number(amount, section.Currency.MinorUnits)} {section.Currency.Code}");
            html.WriteEndElement();
            html.WriteEndElement();
            Label(html, x + (slot / 3), top + barArea - height - 4, HtmlReport.Number(amount, 0));
            Label(html, x + (slot / 3), top + barArea + 16, buckets[i].Label);
        }

        html.WriteEndElement();
    }

    private static void Label(XmlWriter html, int x, int y, string text)
    {
        html.WriteStartElement("text");
        html.WriteAttributeString("x", Invariant(x));
        html.WriteAttributeString("y", Invariant(y));
        html.WriteAttributeString("text-anchor", "middle");
        html.WriteAttributeString("font-size", "12");
        html.WriteString(text);
        html.WriteEndElement();
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>The customers with the most overdue, per currency (top 10).</summary>
internal sealed class OverdueCustomersSection : IHtmlSection
{
    public string Id => "overdue";

    public string Title => "Largest overdue customers";

    public void Write(XmlWriter html, HtmlReportData data)
    {
        var rows = data.Loaded.Ledger.OpenItems
            .Where(i => i.DueDate < data.AsOf)
            .GroupBy(i => (i.Customer, i.Currency))
            .Select(g => (g.Key.Customer, g.Key.Currency, Overdue: g.Sum(i => i.Open.Amount), Items: g.Count(), Oldest: g.Max(i => data.AsOf.DayNumber - i.DueDate.DayNumber)))
            .OrderBy(r => r.Currency.Code, StringComparer.Ordinal).ThenByDescending(r => r.Overdue)
            .GroupBy(r => r.Currency)
            .SelectMany(g => g.Take(10))
            .Select(r => (RowKind.Body, (IReadOnlyList<string>)[r.Customer.Value, data.Loaded.NameOf(r.Customer), r.Currency.Code, ReportWriter.Amount(new Money(r.Overdue, r.Currency)), r.Items.ToString(CultureInfo.InvariantCulture), r.Oldest.ToString(CultureInfo.InvariantCulture)]))
            .ToList();
        HtmlReport.Table(html, [new("Customer"), new("Name"), new("Currency"), new("Overdue", true) { Role = ColumnRole.Overdue }, new("Items", true), new("Oldest days overdue", true)], rows);
    }
}

/// <summary>DSO, best possible DSO, average days delinquent and CEI per currency over the last <c>KpiDays</c> days.</summary>
internal sealed class KpiSection : IHtmlSection
{
    public string Id => "kpis";

    public string Title => "DSO and collection effectiveness";

    public void Write(XmlWriter html, HtmlReportData data)
    {
        var start = data.AsOf.AddDays(-data.KpiDays);
        var earlier = data.Loaded.Rows.Where(r => r.Document.DocumentDate <= start).ToList();
        var opening = earlier.Count == 0 ? null : LedgerLoader.Load(earlier, "documents");
        var rows = new List<(RowKind, IReadOnlyList<string>)>();
        foreach (var section in data.Aging.Sections)
        {
            var currency = section.Currency;
            var sales = new Money(
                data.Loaded.Rows.Where(r => r.Document.Kind is DocumentKind.Invoice or DocumentKind.DebitNote && r.Document.Currency == currency && r.Document.DocumentDate > start && r.Document.DocumentDate <= data.AsOf).Sum(r => r.Document.Amount.Amount),
                currency);
            if (!sales.IsPositive)
            {
                rows.Add((RowKind.Body, [currency.Code, "n/a", "n/a", "n/a", "n/a"]));
                continue;
            }

            var dso = ReceivablesKpis.FromAging(section, data.Scheme, sales, data.KpiDays);
            var beginning = new Money(opening?.Ledger.OpenItems.Where(i => i.Currency == currency).Sum(i => i.Open.Amount) ?? 0m, currency);
            var current = new Money(data.Scheme.Buckets.Where(b => b.IsNotYetDue).Sum(b => section.BucketTotals[b.Index].Amount), currency);
            string cei;
            try
            {
                cei = HtmlReport.Number(ReceivablesKpis.CollectionEffectivenessIndex(beginning, sales, section.GrandTotal, current, CeiConvention.TotalPeriodSales), 1);
            }
            catch (ArgumentException)
            {
                cei = "n/a";
            }

            rows.Add((RowKind.Body, [currency.Code, HtmlReport.Number(dso.Dso, 1), HtmlReport.Number(dso.BestPossibleDso, 1), HtmlReport.Number(dso.AverageDaysDelinquent, 1), cei]));
        }

        html.WriteElementString("p", string.Create(CultureInfo.InvariantCulture, $"Over the {data.KpiDays} days to {ReportWriter.Date(data.AsOf)}: credit sales are the invoices and debit notes dated in the period; CEI uses the period's total sales."));
        HtmlReport.Table(html, [new("Currency"), new("DSO (days)", true), new("Best possible DSO", true), new("Average days delinquent", true), new("CEI %", true)], rows);
    }
}

/// <summary>The provision matrix per currency: gross, rate and allowance per bucket.</summary>
internal sealed class ProvisionSection : IHtmlSection
{
    public string Id => "provision";

    public string Title => "Bad-debt provision";

    public void Write(XmlWriter html, HtmlReportData data)
    {
        var rows = new List<(RowKind, IReadOnlyList<string>)>();
        foreach (var section in data.Provision.Sections)
        {
            foreach (var line in section.Lines.Concat(section.Specific))
            {
                rows.Add((RowKind.Body, [section.Currency.Code, line.Label, ReportWriter.Amount(line.Gross), ReportWriter.Amount(line.Rate * 100m), ReportWriter.Amount(line.Allowance)]));
            }
        }

        foreach (var section in data.Provision.Sections)
        {
            rows.Add((RowKind.Total, [section.Currency.Code, "TOTAL", ReportWriter.Amount(section.Gross), string.Empty, ReportWriter.Amount(section.Allowance)]));
        }

        HtmlReport.Table(html, [new("Currency"), new("Bucket"), new("Gross", true), new("Rate %", true), new("Allowance", true)], rows);
    }
}
