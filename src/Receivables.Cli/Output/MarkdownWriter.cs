namespace Receivables.Cli;

/// <summary>Writes reports as Markdown tables (<c>--format md</c>): a heading per report, pipes in cells escaped,
/// numeric columns right-aligned; for pasting into a wiki page or a ticket.</summary>
internal static class MarkdownWriter
{
    public static void Write(TextWriter output, IEnumerable<Report> reports)
    {
        foreach (var report in reports)
        {
            output.WriteLine($"## {report.Title}");
            output.WriteLine();
            output.WriteLine("| " + string.Join(" | ", report.Columns.Select(c => c.Name)) + " |");
            output.WriteLine("| " + string.Join(" | ", report.Columns.Select(c => c.Numeric ? "---:" : "---")) + " |");
            foreach (var row in report.Rows)
            {
                output.WriteLine("| " + string.Join(" | ", row.Select(cell => cell.Replace("|", "\\|", StringComparison.Ordinal))) + " |");
            }

            output.WriteLine();
        }
    }
}
