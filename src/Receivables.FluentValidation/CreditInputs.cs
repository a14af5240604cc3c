using Receivables.Credit;

namespace Receivables.FluentValidation;

/// <summary>What a form or an import collects of a customer's financial statements (one currency unit for every
/// figure), before it is a <see cref="FinancialStatements"/>.</summary>
/// <remarks>A plain mutable input model for binding; validate it with <see cref="FinancialStatementsInputValidator"/>,
/// then call <see cref="ToStatements"/>. Every figure is optional. Not thread-safe.</remarks>
public sealed class FinancialStatementsInput
{
    /// <summary>Gets or sets the balance-sheet date (period end).</summary>
    public DateOnly? PeriodEnd { get; set; }

    /// <summary>Gets or sets the current assets (流动资产), zero or more.</summary>
    public decimal? CurrentAssets { get; set; }

    /// <summary>Gets or sets the inventories (存货), zero or more.</summary>
    public decimal? Inventory { get; set; }

    /// <summary>Gets or sets the current liabilities (流动负债), zero or more.</summary>
    public decimal? CurrentLiabilities { get; set; }

    /// <summary>Gets or sets the working capital when a source gives it directly; may be negative.</summary>
    public decimal? WorkingCapital { get; set; }

    /// <summary>Gets or sets the total assets (资产总额), greater than zero.</summary>
    public decimal? TotalAssets { get; set; }

    /// <summary>Gets or sets the total liabilities (负债总额), zero or more.</summary>
    public decimal? TotalLiabilities { get; set; }

    /// <summary>Gets or sets the retained earnings (留存收益); may be negative.</summary>
    public decimal? RetainedEarnings { get; set; }

    /// <summary>Gets or sets the earnings before interest and taxes (息税前利润); may be negative.</summary>
    public decimal? Ebit { get; set; }

    /// <summary>Gets or sets the book value of equity (所有者权益); may be negative.</summary>
    public decimal? BookEquity { get; set; }

    /// <summary>Gets or sets the market value of equity, zero or more.</summary>
    public decimal? MarketEquity { get; set; }

    /// <summary>Gets or sets the sales (营业收入), zero or more.</summary>
    public decimal? Sales { get; set; }

    /// <summary>Gets or sets the net income (净利润); may be negative.</summary>
    public decimal? NetIncome { get; set; }

    /// <summary>Gets or sets the operating cash flow (经营活动现金流量净额); may be negative.</summary>
    public decimal? OperatingCashFlow { get; set; }

    /// <summary>Builds the Core statements (Core checks every figure again and throws on the first it refuses).</summary>
    /// <returns>The statements.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A figure is refused; the parameter name is the property.</exception>
    public FinancialStatements ToStatements() => new()
    {
        PeriodEnd = PeriodEnd,
        CurrentAssets = CurrentAssets,
        Inventory = Inventory,
        CurrentLiabilities = CurrentLiabilities,
        WorkingCapital = WorkingCapital,
        TotalAssets = TotalAssets,
        TotalLiabilities = TotalLiabilities,
        RetainedEarnings = RetainedEarnings,
        Ebit = Ebit,
        BookEquity = BookEquity,
        MarketEquity = MarketEquity,
        Sales = Sales,
        NetIncome = NetIncome,
        OperatingCashFlow = OperatingCashFlow,
    };
}

/// <summary>What a form collects of a bureau score (or an industry rating) with its scale.</summary>
/// <remarks>A plain mutable input model; validate with <see cref="ExternalScoreInputValidator"/>, then call
/// <see cref="ToScore"/>. Not thread-safe.</remarks>
public sealed class ExternalScoreInput
{
    /// <summary>Gets or sets the bureau or product, such as "D&amp;B Failure Score" (required).</summary>
    public string? Source { get; set; }

    /// <summary>Gets or sets the score, on the scale from <see cref="Worst"/> to <see cref="Best"/>.</summary>
    public decimal Value { get; set; }

    /// <summary>Gets or sets the worst value of the scale.</summary>
    public decimal Worst { get; set; }

    /// <summary>Gets or sets the best value of the scale (lower than <see cref="Worst"/> when lower is better; not
    /// equal to it).</summary>
    public decimal Best { get; set; }

    /// <summary>Gets or sets when the bureau produced the score.</summary>
    public DateOnly? AsOf { get; set; }

    /// <summary>Builds the Core score.</summary>
    /// <returns>The score.</returns>
    /// <exception cref="ArgumentException">Core refused a value; the parameter name says which.</exception>
    public ExternalScore ToScore() => new(Source!, Value, Worst, Best, AsOf);
}

/// <summary>What a credit form collects about a customer beyond the ledger: the as-of date and currency, tenure, industry
/// risk class and rating, business scale, open orders, the current limit, bureau scores and financial statements.</summary>
/// <remarks>
/// <para>A plain mutable input model; validate it with <see cref="CreditProfileInputValidator"/>. Amounts are in
/// <see cref="Currency"/>. <see cref="ToProfile"/> builds a profile from these values alone; to add them to the profile a
/// ledger gives, use <see cref="ApplyTo"/>.</para>
/// <para>Not thread-safe.</para>
/// </remarks>
public sealed class CreditProfileInput
{
    /// <summary>Gets or sets the customer id.</summary>
    public string? Customer { get; set; }

    /// <summary>Gets or sets the as-of date of the assessment.</summary>
    public DateOnly? AsOf { get; set; }

    /// <summary>Gets or sets the ISO 4217 code of the amounts.</summary>
    public string? Currency { get; set; }

    /// <summary>Gets or sets the date the relationship started.</summary>
    public DateOnly? CustomerSince { get; set; }

    /// <summary>Gets or sets the industry risk class, 1 (lowest risk) to 5.</summary>
    public int? IndustryRiskClass { get; set; }

    /// <summary>Gets or sets the rating of the customer's standing in its industry, with its scale.</summary>
    public ExternalScoreInput? IndustryRating { get; set; }

    /// <summary>Gets or sets the annual revenue, zero or more.</summary>
    public decimal? AnnualRevenue { get; set; }

    /// <summary>Gets or sets the number of employees, zero or more.</summary>
    public int? Headcount { get; set; }

    /// <summary>Gets or sets the open sales orders not yet invoiced, zero or more.</summary>
    public decimal? OpenOrders { get; set; }

    /// <summary>Gets or sets the current credit limit, zero or more.</summary>
    public decimal? CreditLimit { get; set; }

    /// <summary>Gets the bureau scores.</summary>
    public IList<ExternalScoreInput> ExternalScores { get; init; } = [];

    /// <summary>Gets or sets the financial statements.</summary>
    public FinancialStatementsInput? Statements { get; set; }

    /// <summary>Builds a Core profile from these values alone (no payment history or open items).</summary>
    /// <returns>The profile.</returns>
    /// <exception cref="ArgumentException">Core refused a value; the parameter name says which.</exception>
    public CreditProfile ToProfile()
    {
        var currency = Receivables.Currency.FromCode(Currency!);
        return ApplyTo(new CreditProfile
        {
            Customer = new CustomerId(Customer!),
            AsOf = AsOf ?? throw new ArgumentException("The as-of date is required.", "asOf"),
            Currency = currency,
        });
    }

    /// <summary>Adds what the host knows to a profile (usually <see cref="CreditProfile.FromAccount"/>'s): each value
    /// given here replaces the profile's; values left null keep it. Amounts are taken in the profile's currency.</summary>
    /// <param name="profile">The profile.</param>
    /// <returns>The new profile.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    /// <exception cref="ArgumentException">Core refused a value; the parameter name says which.</exception>
    public CreditProfile ApplyTo(CreditProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var currency = profile.Currency;
        return profile with
        {
            CustomerSince = CustomerSince ?? profile.CustomerSince,
            IndustryRiskClass = IndustryRiskClass ?? profile.IndustryRiskClass,
            IndustryRating = IndustryRating?.ToScore() ?? profile.IndustryRating,
            Scale = AnnualRevenue is null && Headcount is null ? profile.Scale : new BusinessScale(AnnualRevenue is { } r ? new Money(r, currency) : null, Headcount),
            OpenOrders = OpenOrders is { } o ? new Money(o, currency) : profile.OpenOrders,
            CreditLimit = CreditLimit is { } l ? new Money(l, currency) : profile.CreditLimit,
            ExternalScores = ExternalScores.Count == 0 ? profile.ExternalScores : [.. ExternalScores.Select(s => s.ToScore())],
            Statements = Statements?.ToStatements() ?? profile.Statements,
        };
    }
}
