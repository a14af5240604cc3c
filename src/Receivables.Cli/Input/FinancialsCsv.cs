using System.Globalization;
using Receivables.Credit;
using Receivables.Credit.Policy;
using Receivables.Credit.Scoring;

namespace Receivables.Cli;

/// <summary>One row of a financials CSV: a customer's statements and the other credit inputs the ledger does not hold.</summary>
internal sealed record FinancialsRow(
    int Line,
    CustomerId Customer,
    FinancialStatements Statements,
    AltmanModel Model,
    int? IndustryRisk,
    decimal? CreditLimit,
    decimal? OpenOrders,
    ExternalScore? Bureau);

/// <summary>
/// Reads a financials CSV (see docs/credit.md): <c>customer</c> is required, every other column optional. Amounts are in
/// the customer's ledger currency, with a dot for decimals.
/// </summary>
internal static class FinancialsCsv
{
    public static readonly string[] Required = ["customer"];

    private static readonly (string Column, string Field)[] Figures =
    [
        ("current_assets", nameof(FinancialStatements.CurrentAssets)), ("inventory", nameof(FinancialStatements.Inventory)),
        ("current_liabilities", nameof(FinancialStatements.CurrentLiabilities)), ("total_assets", nameof(FinancialStatements.TotalAssets)),
        ("total_liabilities", nameof(FinancialStatements.TotalLiabilities)), ("retained_earnings", nameof(FinancialStatements.RetainedEarnings)),
        ("ebit", nameof(FinancialStatements.Ebit)), ("book_equity", nameof(FinancialStatements.BookEquity)),
        ("market_equity", nameof(FinancialStatements.MarketEquity)), ("sales", nameof(FinancialStatements.Sales)),
        ("net_income", nameof(FinancialStatements.NetIncome)), ("operating_cash_flow", nameof(FinancialStatements.OperatingCashFlow)),
        ("working_capital", nameof(FinancialStatements.WorkingCapital)),
    ];

    /// <summary>The CSV column of a <see cref="FinancialStatements"/> property, for error messages.</summary>
    public static string ColumnOf(string? field) => Figures.FirstOrDefault(f => f.Field == field).Column ?? field ?? "customer";

    public static List<FinancialsRow> Read(string path) => CsvFile.ReadAll(path, Required, ReadRow);

    private static FinancialsRow ReadRow(CsvFile row)
    {
        var customer = new CustomerId(row.Required("customer"));
        FinancialStatements statements;
        try
        {
            statements = new FinancialStatements
            {
                PeriodEnd = row.OptionalDate("period_end"),
                CurrentAssets = row.OptionalDecimal("current_assets"),
                Inventory = row.OptionalDecimal("inventory"),
                CurrentLiabilities = row.OptionalDecimal("current_liabilities"),
                TotalAssets = row.OptionalDecimal("total_assets"),
                TotalLiabilities = row.OptionalDecimal("total_liabilities"),
                RetainedEarnings = row.OptionalDecimal("retained_earnings"),
                Ebit = row.OptionalDecimal("ebit"),
                BookEquity = row.OptionalDecimal("book_equity"),
                MarketEquity = row.OptionalDecimal("market_equity"),
                Sales = row.OptionalDecimal("sales"),
                NetIncome = row.OptionalDecimal("net_income"),
                OperatingCashFlow = row.OptionalDecimal("operating_cash_flow"),
                WorkingCapital = row.OptionalDecimal("working_capital"),
            };
        }
        catch (ArgumentOutOfRangeException ex)
        {
            throw row.Error(ColumnOf(ex.ParamName), ex.Message.Split(" (Parameter", 2)[0]);
        }

        var model = row.Optional("altman_model") switch
        {
            null or "private" => AltmanModel.PrivateFirm,
            "public" => AltmanModel.PublicManufacturer,
            "nonmanufacturer" => AltmanModel.NonManufacturer,
            var other => throw row.Error("altman_model", $"'{other}' is not a model (public, private, nonmanufacturer)."),
        };
        var industry = row.OptionalDecimal("industry_risk");
        if (industry is { } c && (c != decimal.Truncate(c) || c < 1 || c > 5))
        {
            throw row.Error("industry_risk", string.Create(CultureInfo.InvariantCulture, $"'{c}' is not a risk class from 1 to 5."));
        }

        ExternalScore? bureau = null;
        if (row.OptionalDecimal("bureau_score") is { } score)
        {
            try
            {
                bureau = new ExternalScore("bureau", score, row.Decimal("bureau_worst"), row.Decimal("bureau_best"));
            }
            catch (ArgumentException ex)
            {
                throw row.Error("bureau_score", ex.Message.Split(" (Parameter", 2)[0]);
            }
        }

        return new FinancialsRow(row.Line, customer, statements, model, industry is { } i ? (int)i : null, NonNegative(row, "credit_limit"), NonNegative(row, "open_orders"), bureau);
    }

    private static decimal? NonNegative(CsvFile row, string column)
        => row.OptionalDecimal(column) is { } v && v < 0m ? throw row.Error(column, "must not be negative.") : row.OptionalDecimal(column);
}
