using Receivables.Internal;
using Receivables.Ledger;

namespace Receivables.Credit;

/// <summary>
/// Everything known about one customer for a credit assessment on an as-of date: payment history, open items,
/// financial statements, tenure, industry, exposure, bureau scores and disputes. Everything but the customer, the
/// currency and the date is optional; factors whose inputs are missing say so.
/// </summary>
/// <remarks>
/// <para>Build it by hand or with <see cref="FromAccount"/>, which derives the payment history, open items, purchases
/// and disputes from the ledger. All amounts are in <see cref="Currency"/>; payment records in other currencies are
/// ignored by the payment-based factors (days and ratios cannot be averaged across currencies).</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed record CreditProfile
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(CreditProfile), PrintMembers);

    private readonly int? _industryRiskClass;

    /// <summary>Gets the customer.</summary>
    public required CustomerId Customer { get; init; }

    /// <summary>Gets the as-of date of the assessment: nothing after it is counted.</summary>
    public required DateOnly AsOf { get; init; }

    /// <summary>Gets the currency of the amounts and of the payment history that counts.</summary>
    public required Currency Currency { get; init; }

    /// <summary>Gets one record per payment applied to an invoice (see <see cref="CustomerAccount.PaymentRecords"/>).</summary>
    /// <value>The default value is empty.</value>
    public IReadOnlyList<PaymentRecord> PaymentRecords { get; init; } = [];

    /// <summary>Gets the open debit items on <see cref="AsOf"/>, the ledger's shared <see cref="OpenItem"/>; items in
    /// other currencies are ignored.</summary>
    /// <value>The default value is empty.</value>
    public IReadOnlyList<OpenItem> OpenItems { get; init; } = [];

    /// <summary>Gets the financial statements, or null when none were supplied.</summary>
    public FinancialStatements? Statements { get; init; }

    /// <summary>Gets the date the relationship started (first invoice, or account opening), or null.</summary>
    public DateOnly? CustomerSince { get; init; }

    /// <summary>Gets the industry risk class from 1 (lowest risk) to 5 (highest), or null.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set outside 1–5.</exception>
    public int? IndustryRiskClass
    {
        get => _industryRiskClass;
        init => _industryRiskClass = value is { } v ? Guard.InRange(v, 1, 5, nameof(IndustryRiskClass)) : null;
    }

    /// <summary>Gets a host-supplied rating of the customer's standing in its industry (a trade association's rating,
    /// a supplier panel, a bureau's industry ranking) with its scale, or null. Read by
    /// <c>CreditFactors.IndustryReputation</c>; it complements the 1–5 <see cref="IndustryRiskClass"/> of the industry
    /// itself.</summary>
    public ExternalScore? IndustryRating { get; init; }

    /// <summary>Gets the customer's business scale (annual revenue, headcount) as supplied by the host, or null. Read
    /// by <c>CreditFactors.BusinessScale</c>.</summary>
    public BusinessScale? Scale { get; init; }

    /// <summary>Gets the payment habits the host knows, by payment document: which payments took an early-payment
    /// discount (<see cref="PaymentHabit.Discounts"/>) or anticipated the terms (<see cref="PaymentHabit.Anticipates"/>).
    /// Payments not listed are scored by their days beyond terms.</summary>
    /// <value>The default value is empty.</value>
    public IReadOnlyDictionary<DocumentId, PaymentHabit> PaymentHabits { get; init; } = EmptyHabits;

    private static readonly IReadOnlyDictionary<DocumentId, PaymentHabit> EmptyHabits = new Dictionary<DocumentId, PaymentHabit>();

    /// <summary>Gets the open sales orders not yet invoiced, or null when unknown (treated as zero in exposure).</summary>
    public Money? OpenOrders { get; init; }

    /// <summary>Gets the current credit limit, or null when none is set (limit utilisation is then not available).</summary>
    public Money? CreditLimit { get; init; }

    /// <summary>Gets the bureau scores; several are averaged after rescaling.</summary>
    /// <value>The default value is empty.</value>
    public IReadOnlyList<ExternalScore> ExternalScores { get; init; } = [];

    /// <summary>Gets the amount invoiced in the dispute window (12 months to <see cref="AsOf"/>), or null when unknown.</summary>
    public Money? InvoicedLast12Months { get; init; }

    /// <summary>Gets the amount of items on which a dispute was opened in the same window, or null when unknown.</summary>
    public Money? DisputedLast12Months { get; init; }

    /// <summary>Gets the date of the most recent dispute opened, or null when none.</summary>
    public DateOnly? LastDisputeOpenedOn { get; init; }

    /// <summary>Gets the sum of the open items (open receivables).</summary>
    public Money OpenReceivables => OpenItems.Where(i => i.Open.Currency == Currency).Aggregate(Money.Zero(Currency), (sum, i) => sum + i.Open);

    /// <summary>Gets the exposure: open receivables plus open orders.</summary>
    public Money Exposure => OpenReceivables + (OpenOrders ?? Money.Zero(Currency));

    /// <summary>Gets the average amount invoiced per month over the last 12 months, or null when unknown.</summary>
    public Money? AverageMonthlyPurchases => InvoicedLast12Months is { } m ? new Money(m.Amount / 12m, m.Currency) : null;

    /// <summary>
    /// Builds a profile from a ledger account: payment records, open debit items, first invoice date, invoiced and
    /// disputed amounts over the 12 months to <paramref name="asOf"/>, and the last dispute date. Only events on or
    /// before <paramref name="asOf"/> count. Statements, industry, orders, limit and bureau scores are added with
    /// <c>with</c>.
    /// </summary>
    /// <param name="account">The account.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="currency">The currency to assess in; null picks the currency with the most invoiced (ties: by code).</param>
    /// <returns>The profile.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="account"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is null and the account has no debit items.</exception>
    public static CreditProfile FromAccount(CustomerAccount account, DateOnly asOf, Currency? currency = null)
    {
        Guard.NotNull(account);
        var debits = account.Items.Where(i => i.Document.IsDebit && i.Document.DocumentDate <= asOf).ToList();
        var chosen = currency ?? debits
            .GroupBy(i => i.Document.Currency)
            .OrderByDescending(g => g.Sum(i => i.Document.Amount.Amount))
            .ThenBy(g => g.Key.Code, StringComparer.Ordinal)
            .Select(g => (Currency?)g.Key)
            .FirstOrDefault()
            ?? throw new ArgumentException($"Customer {account.Customer.Value} has no invoices; pass the currency explicitly.", nameof(currency));

        var windowStart = asOf.AddMonths(-12).AddDays(1);
        var inCurrency = debits.Where(i => i.Document.Currency == chosen).ToList();
        var records = account.PaymentRecords().Where(r => r.PaidOn <= asOf && r.Amount.Currency == chosen).ToList();
        // The open items of the ledger as it stood on the as-of date (events effective on or before it).
        var open = account.AsOf(asOf).OpenItems.Where(i => i.Currency == chosen).ToList();

        var disputes = account.History.OfType<DisputeOpened>().Where(d => d.OpenedOn <= asOf).ToList();
        var disputedInWindow = disputes
            .Where(d => d.OpenedOn >= windowStart)
            .Select(d => d.Item)
            .Distinct()
            .Select(id => account.GetItem(id).Document.Amount)
            .Where(m => m.Currency == chosen)
            .Aggregate(Money.Zero(chosen), (sum, m) => sum + m);
        var invoiced = inCurrency.Where(i => i.Document.DocumentDate >= windowStart).Aggregate(Money.Zero(chosen), (sum, i) => sum + i.Document.Amount);

        return new CreditProfile
        {
            Customer = account.Customer,
            AsOf = asOf,
            Currency = chosen,
            PaymentRecords = records,
            OpenItems = open,
            CustomerSince = debits.Count == 0 ? null : debits.Min(i => i.Document.DocumentDate),
            InvoicedLast12Months = invoiced,
            DisputedLast12Months = disputedInWindow,
            LastDisputeOpenedOn = disputes.Count == 0 ? null : disputes.Max(d => d.OpenedOn),
        };
    }
}
