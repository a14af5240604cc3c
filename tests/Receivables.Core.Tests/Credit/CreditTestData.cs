using Receivables.Credit;
using Receivables.Ledger;

namespace Receivables.Tests.Credit;

/// <summary>Small builders for credit tests: payment records and profiles a finance person can read.</summary>
internal static class CreditTestData
{
    public static readonly CustomerId Acme = new("C-ACME");
    public static readonly DateOnly AsOf = new(2026, 11, 30);

    private static int _next;

    /// <summary>An invoice due on <paramref name="due"/> (issued 30 days earlier) paid <paramref name="daysBeyondTerms"/> days after it.</summary>
    public static PaymentRecord Paid(decimal amount, DateOnly due, int daysBeyondTerms)
    {
        var n = Interlocked.Increment(ref _next);
        return new PaymentRecord(Acme, new DocumentId($"INV-{n}"), new DocumentId($"PAY-{n}"), Money.Of(amount, "EUR"), due.AddDays(-30), due, due.AddDays(daysBeyondTerms));
    }

    public static CreditProfile Profile(params PaymentRecord[] records) => new()
    {
        Customer = Acme,
        AsOf = AsOf,
        Currency = Currency.EUR,
        PaymentRecords = records,
    };

    /// <summary>The statements of a sound private manufacturer (Z′ ≈ 3.1, safe).</summary>
    public static FinancialStatements SoundStatements { get; } = new()
    {
        PeriodEnd = new(2025, 12, 31),
        CurrentAssets = 500_000m,
        Inventory = 150_000m,
        CurrentLiabilities = 250_000m,
        TotalAssets = 1_000_000m,
        TotalLiabilities = 400_000m,
        RetainedEarnings = 300_000m,
        Ebit = 150_000m,
        BookEquity = 600_000m,
        Sales = 1_500_000m,
        NetIncome = 90_000m,
        OperatingCashFlow = 120_000m,
    };
}
