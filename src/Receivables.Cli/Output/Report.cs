namespace Receivables.Cli;

/// <summary>How a command prints its result.</summary>
internal enum OutputFormat
{
    Table,
    Csv,
    Json,
}

/// <summary>What a column's numbers mean to a reader; the table colours <see cref="Overdue"/> figures on a terminal.</summary>
internal enum ColumnRole
{
    /// <summary>No special meaning.</summary>
    Plain,

    /// <summary>An amount that is past due (an aging bucket after the due date, an overdue balance).</summary>
    Overdue,

    /// <summary>A name or free text: may wrap in a narrow terminal (numbers and ids never do).</summary>
    Wrappable,
}

/// <summary>A row of a <see cref="Report"/>: a body row, or a totals row set apart from the body.</summary>
internal enum RowKind
{
    Body,
    Total,
}

/// <summary>A column of a <see cref="Report"/>; numeric columns are right-aligned in tables and unquoted in JSON.</summary>
internal sealed record ReportColumn(string Name, bool Numeric = false)
{
    /// <summary>What the column's values mean; <see cref="ColumnRole.Plain"/> by default (names are detected).</summary>
    public ColumnRole Role { get; init; } = Name is "Name" or "Status" or "Reasons" or "Top reasons" or "Payer" or "Note"
        ? ColumnRole.Wrappable
        : ColumnRole.Plain;
}

/// <summary>A titled table of text cells that every output format can print.</summary>
/// <remarks>
/// A row whose first two cells contain the text <c>TOTAL</c> is a totals row (older commands mark totals that way);
/// <see cref="Totals"/> adds totals explicitly. Machine output never mixes totals with rows.
/// </remarks>
internal sealed record Report(string Title, IReadOnlyList<ReportColumn> Columns, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    /// <summary>Stable JSON key and <c>--table</c> name (e.g. <c>aging</c>); derived from the title when not given.</summary>
    public string? Key { get; init; }

    /// <summary>Totals rows, printed after the body (a separator and bold on a terminal, <c>totals</c> in JSON).</summary>
    public IReadOnlyList<IReadOnlyList<string>> Totals { get; init; } = [];

    /// <summary>The report's as-of date, printed as the JSON field <c>asOf</c>.</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>The stable key: <see cref="Key"/>, else the title without its date and parenthesis, in camel case.</summary>
    public string StableKey => Key ?? ReportWriter.KeyFromTitle(Title);

    /// <summary>Body rows without totals rows.</summary>
    public IEnumerable<IReadOnlyList<string>> BodyRows => Rows.Where(r => !IsTotalRow(r));

    /// <summary>The totals rows: those marked in <see cref="Rows"/>, then <see cref="Totals"/>.</summary>
    public IEnumerable<IReadOnlyList<string>> AllTotals => Rows.Where(IsTotalRow).Concat(Totals);

    /// <summary>Rows in print order with their kind: body rows, then totals.</summary>
    public IEnumerable<(RowKind Kind, IReadOnlyList<string> Cells)> OrderedRows
        => BodyRows.Select(r => (RowKind.Body, r)).Concat(AllTotals.Select(r => (RowKind.Total, r)));

    public static bool IsTotalRow(IReadOnlyList<string> row)
        => row.Take(2).Any(c => string.Equals(c, "TOTAL", StringComparison.Ordinal));
}
