using Receivables.Internal;

namespace Receivables.Credit;

/// <summary>
/// The figures of a customer's financial statements that credit factors use, all in one currency unit (the unit does
/// not matter for ratios, as long as every figure uses the same one). Every figure is optional: a factor whose figures
/// are missing is not available rather than zero.
/// </summary>
/// <remarks>
/// <para>Amounts that cannot be negative are checked when set: a negative <see cref="TotalAssets"/> throws
/// <see cref="ArgumentOutOfRangeException"/> naming the field, and so does a zero one (every ratio divides by it).
/// Retained earnings, EBIT, equity, net income and cash flow may be negative. No figure may be larger than
/// <see cref="MaxFigure"/> (10^18) in size.</para>
/// <para>Immutable once built and thread-safe.</para>
/// </remarks>
public sealed record FinancialStatements
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(FinancialStatements), PrintMembers);

    private readonly decimal? _currentAssets;
    private readonly decimal? _inventory;
    private readonly decimal? _currentLiabilities;
    private readonly decimal? _totalAssets;
    private readonly decimal? _totalLiabilities;
    private readonly decimal? _marketEquity;
    private readonly decimal? _sales;
    private readonly decimal? _operatingCashFlow;
    private readonly decimal? _netIncome;
    private readonly decimal? _bookEquity;
    private readonly decimal? _ebit;
    private readonly decimal? _retainedEarnings;
    private readonly decimal? _workingCapital;

    /// <summary>Gets the date of the balance sheet (period end), shown as the as-of date of the data; null if unknown.</summary>
    public DateOnly? PeriodEnd { get; init; }

    /// <summary>Gets the current assets (流动资产), zero or more.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative amount, or one above <see cref="MaxFigure"/>.</exception>
    public decimal? CurrentAssets { get => _currentAssets; init => _currentAssets = NotNegative(value, nameof(CurrentAssets)); }

    /// <summary>Gets the inventories (存货) included in current assets, zero or more; used by the quick ratio.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative amount, or one above <see cref="MaxFigure"/>.</exception>
    public decimal? Inventory { get => _inventory; init => _inventory = NotNegative(value, nameof(Inventory)); }

    /// <summary>Gets the current liabilities (流动负债), zero or more.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative amount, or one above <see cref="MaxFigure"/>.</exception>
    public decimal? CurrentLiabilities { get => _currentLiabilities; init => _currentLiabilities = NotNegative(value, nameof(CurrentLiabilities)); }

    /// <summary>Gets the working capital (营运资金, current assets − current liabilities) when a source gives it directly
    /// (some bureau extracts do, without the two figures behind it); may be negative. When set, Altman's X1 uses it in
    /// preference to <see cref="CurrentAssets"/> − <see cref="CurrentLiabilities"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to an amount whose size is above <see cref="MaxFigure"/>.</exception>
    public decimal? WorkingCapital { get => _workingCapital; init => _workingCapital = Figure(value, nameof(WorkingCapital)); }

    /// <summary>Gets <see cref="WorkingCapital"/> when given, else current assets − current liabilities, else null.</summary>
    internal decimal? WorkingCapitalOrComputed => WorkingCapital ?? (CurrentAssets is { } ca && CurrentLiabilities is { } cl ? ca - cl : null);

    /// <summary>Gets the total assets (资产总额), greater than zero.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to zero or a negative amount.</exception>
    public decimal? TotalAssets
    {
        get => _totalAssets;
        init => _totalAssets = value is { } v && v <= 0m
            ? throw Guard.OutOfRange(nameof(TotalAssets), v, "TotalAssets must be greater than zero.")
            : Figure(value, nameof(TotalAssets));
    }

    /// <summary>Gets the total liabilities (负债总额), zero or more.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative amount, or one above <see cref="MaxFigure"/>.</exception>
    public decimal? TotalLiabilities { get => _totalLiabilities; init => _totalLiabilities = NotNegative(value, nameof(TotalLiabilities)); }

    /// <summary>Gets the retained earnings (留存收益); negative for accumulated losses.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to an amount whose size is above <see cref="MaxFigure"/>.</exception>
    public decimal? RetainedEarnings { get => _retainedEarnings; init => _retainedEarnings = Figure(value, nameof(RetainedEarnings)); }

    /// <summary>Gets the earnings before interest and taxes (息税前利润) of the period; negative for a loss.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to an amount whose size is above <see cref="MaxFigure"/>.</exception>
    public decimal? Ebit { get => _ebit; init => _ebit = Figure(value, nameof(Ebit)); }

    /// <summary>Gets the book value of equity (所有者权益); negative when liabilities exceed assets.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to an amount whose size is above <see cref="MaxFigure"/>.</exception>
    public decimal? BookEquity { get => _bookEquity; init => _bookEquity = Figure(value, nameof(BookEquity)); }

    /// <summary>Gets the market value of equity (market capitalisation) of a listed company, zero or more.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative amount, or one above <see cref="MaxFigure"/>.</exception>
    public decimal? MarketEquity { get => _marketEquity; init => _marketEquity = NotNegative(value, nameof(MarketEquity)); }

    /// <summary>Gets the sales (营业收入) of the period, zero or more.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative amount, or one above <see cref="MaxFigure"/>.</exception>
    public decimal? Sales { get => _sales; init => _sales = NotNegative(value, nameof(Sales)); }

    /// <summary>Gets the net income (净利润) of the period; negative for a loss.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to an amount whose size is above <see cref="MaxFigure"/>.</exception>
    public decimal? NetIncome { get => _netIncome; init => _netIncome = Figure(value, nameof(NetIncome)); }

    /// <summary>Gets the operating cash flow (经营活动现金流量净额) of the period; negative when operations consumed cash.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to an amount whose size is above <see cref="MaxFigure"/>.</exception>
    public decimal? OperatingCashFlow { get => _operatingCashFlow; init => _operatingCashFlow = Figure(value, nameof(OperatingCashFlow)); }

    /// <summary>
    /// The largest size of a figure: 10^18 (as <see cref="Ledger.Document.MaxAmount"/>), whatever the unit. Above it
    /// the ratios' arithmetic could overflow, so such a figure is refused when set, naming the field.
    /// </summary>
    public const decimal MaxFigure = Ledger.Document.MaxAmount;

    private static decimal? NotNegative(decimal? value, string field)
        => value is { } v && v < 0m ? throw Guard.OutOfRange(field, v, $"{field} must not be negative.") : Figure(value, field);

    private static decimal? Figure(decimal? value, string field)
        => value is { } v && Math.Abs(v) > MaxFigure
            ? throw Guard.OutOfRange(field, v, $"{field} is above the largest figure the library computes with, 10^18 (FinancialStatements.MaxFigure).")
            : value;

    internal static double Ratio(decimal numerator, decimal denominator, string denominatorField)
    {
        if (denominator == 0m)
        {
            throw new ArgumentException($"Statements.{denominatorField} is zero, so the ratio that divides by it is undefined.", denominatorField);
        }

        try
        {
            return (double)(numerator / denominator);
        }
        catch (OverflowException)
        {
            // Figures are at most 10^18 but a denominator can be tiny (10^-11): the ratio is then beyond decimal and
            // is computed in double, which holds it.
            return (double)numerator / (double)denominator;
        }
    }
}
