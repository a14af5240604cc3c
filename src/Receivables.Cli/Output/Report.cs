namespace Receivables.Cli;

/// <summary>How a command prints its result.</summary>
internal enum OutputFormat
{
    Table,
    Csv,
    Json,
}

/// <summary>A column of a <see cref="Report"/>; numeric columns are right-aligned in tables and unquoted in JSON.</summary>
internal sealed record ReportColumn(string Name, bool Numeric = false);

/// <summary>A titled table of text cells that every output format can print.</summary>
internal sealed record Report(string Title, IReadOnlyList<ReportColumn> Columns, IReadOnlyList<IReadOnlyList<string>> Rows);
