namespace Receivables.Matching.Statements;

/// <summary>
/// Settings of the statement readers (<see cref="CamtReader"/>, <see cref="WeChatPayBillReader"/>,
/// <see cref="AlipayBillReader"/>). Validated once at the start of each read (all errors reported together) and copied:
/// changes made to this object during a read have no effect on it.
/// </summary>
/// <remarks>Not thread-safe while being configured; a read only copies it.</remarks>
public sealed class StatementReaderOptions
{
    /// <summary>The smallest allowed <see cref="MaxDepth"/>.</summary>
    public const int MinDepth = 16;

    /// <summary>The largest allowed <see cref="MaxDepth"/>.</summary>
    public const int DepthLimit = 1_000;

    /// <summary>The smallest allowed <see cref="MaxTextLength"/> (the longest text ISO 20022 defines for remittance).</summary>
    public const int MinTextLength = 140;

    /// <summary>The largest allowed <see cref="MaxTextLength"/>.</summary>
    public const int TextLengthLimit = 1_000_000;

    /// <summary>Gets or sets the time zone of the account: a date-time with an offset (camt <c>DtTm</c> such as
    /// <c>2026-11-02T23:30:00-05:00</c>, wallet bill times in China Standard Time) is converted to this zone and its
    /// date taken there.</summary>
    /// <value>The default value is null: the date as written in the file (the bank's own local date), whatever the
    /// offset.</value>
    public TimeZoneInfo? TimeZone { get; set; }

    /// <summary>Gets or sets the deepest element nesting accepted in an XML file (the document element is depth 1);
    /// deeper files are refused with the element path. Real camt files nest about 15 deep.</summary>
    /// <value>The default value is 64. Allowed: <see cref="MinDepth"/> to <see cref="DepthLimit"/>.</value>
    public int MaxDepth { get; set; } = 64;

    /// <summary>Gets or sets the longest text accepted in one XML text node or one CSV field, in characters; longer
    /// texts are refused with their place. ISO 20022 texts are at most 500 characters.</summary>
    /// <value>The default value is 4,096. Allowed: <see cref="MinTextLength"/> to <see cref="TextLengthLimit"/>.</value>
    public int MaxTextLength { get; set; } = 4_096;

    /// <summary>Gets or sets how a repeated line id is treated.</summary>
    /// <value>The default value is <see cref="StatementStrictness.Strict"/>: refused.</value>
    public StatementStrictness Strictness { get; set; } = StatementStrictness.Strict;

    /// <summary>Validates and copies the options (null gives the defaults).</summary>
    internal static StatementReaderOptions Checked(StatementReaderOptions? options)
    {
        options ??= new StatementReaderOptions();
        var errors = new List<string>();
        if (options.MaxDepth is < MinDepth or > DepthLimit)
        {
            errors.Add($"MaxDepth must be between {MinDepth} and {DepthLimit}.");
        }

        if (options.MaxTextLength is < MinTextLength or > TextLengthLimit)
        {
            errors.Add($"MaxTextLength must be between {MinTextLength} and {TextLengthLimit}.");
        }

        if (!Enum.IsDefined(options.Strictness))
        {
            errors.Add("Strictness is not a defined StatementStrictness value.");
        }

        if (errors.Count > 0)
        {
            throw new ArgumentException("Invalid statement reader options: " + string.Join(" ", errors), nameof(options));
        }

        return new StatementReaderOptions { TimeZone = options.TimeZone, MaxDepth = options.MaxDepth, MaxTextLength = options.MaxTextLength, Strictness = options.Strictness };
    }
}
