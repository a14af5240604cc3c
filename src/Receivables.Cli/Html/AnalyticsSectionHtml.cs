using System.Xml;
using Receivables.Analytics;
using Receivables.Cli.Commands;

namespace Receivables.Cli.Html;

/// <summary>Process analytics: payment behaviour per segment over the last three months against the three before, and
/// the collection cycle times of all segments together (the tables of <c>receivables analyse --by segment</c>).</summary>
internal sealed class AnalyticsSectionHtml : IHtmlSection
{
    public string Id => "analytics";

    public string Title => "Payment behaviour and cycle times";

    public void Write(XmlWriter html, HtmlReportData data)
    {
        var attributes = AnalyseCommand.Attributes(data.Loaded, customersPath: null);
        var reports = AnalyseCommand.Build(context: null, data.Loaded, data.Loaded.Ledger, data.AsOf, AnalyticsDimensions.Segment, attributes, months: 3, top: 1);
        var behaviour = reports[0];
        html.WriteElementString("p", behaviour.Title + ". Days and shares are weighted by the amount paid; the index is the PAYDEX-style payment index (80 = on time).");
        HtmlReport.Table(html, behaviour.Columns, behaviour.OrderedRows);

        var cycles = reports[1];
        html.WriteElementString("p", "Collection cycle times of all segments (days from one milestone to the next; median and 90th percentile of the completed steps, nearest rank; open items counted, not in the percentiles). Reminders come from the ledger's history; see receivables analyse --history.");
        HtmlReport.Table(html, cycles.Columns, cycles.OrderedRows.Where(r => r.Cells[1] == AnalyseCommand.AllGroups));
    }
}
