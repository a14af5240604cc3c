using NodaTime;
using Receivables.Credit;
using Receivables.Credit.LatePayment;
using Receivables.Ledger;

namespace Receivables.NodaTime;

/// <summary><see cref="LocalDate"/> forms of the credit module's dated entry points: the profile of an account on a
/// date, the late-payment model's fit and predictions, and a bureau score's date.</summary>
/// <remarks>Each member converts the dates with <see cref="LocalDateConversions.ToDateOnly(LocalDate)"/> and calls the
/// Core member of the same name; behaviour, errors and thread safety are the Core member's. Scoring, policies and order
/// checks take a <see cref="CreditProfile"/>, which carries its as-of date, so they need no overload.</remarks>
public static class CreditDates
{
    /// <summary>Builds a profile from a ledger account on a date (see
    /// <see cref="CreditProfile.FromAccount(CustomerAccount, DateOnly, Currency?)"/>).</summary>
    /// <param name="account">The account.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="currency">The currency to assess in; null picks the currency with the most invoiced.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="account"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is null and the account has no debit items.</exception>
    public static CreditProfile FromAccount(CustomerAccount account, LocalDate asOf, Currency? currency = null)
        => CreditProfile.FromAccount(LedgerDates.NotNull(account), asOf.ToDateOnly(), currency);

    /// <summary>Builds the profile of this account on a date (the extension form of
    /// <see cref="FromAccount(CustomerAccount, LocalDate, Currency?)"/>).</summary>
    /// <param name="account">The account.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="currency">The currency to assess in; null picks the currency with the most invoiced.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="account"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is null and the account has no debit items.</exception>
    public static CreditProfile CreditProfileOn(this CustomerAccount account, LocalDate asOf, Currency? currency = null)
        => FromAccount(account, asOf, currency);

    /// <summary>Fits the late-payment model on a date (see
    /// <see cref="LatePaymentModel.Fit(IEnumerable{CustomerAccount}, DateOnly, LatePaymentModelOptions?)"/>).</summary>
    /// <param name="accounts">The accounts.</param>
    /// <param name="asOf">The as-of date: settlements after it are ignored.</param>
    /// <param name="options">The options, or null for the defaults.</param>
    /// <returns>The fitted model.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="accounts"/> is null.</exception>
    /// <exception cref="ArgumentException">As for the Core member (invalid options, too few invoices, one outcome only).</exception>
    public static LatePaymentModel FitLatePaymentModel(IEnumerable<CustomerAccount> accounts, LocalDate asOf, LatePaymentModelOptions? options = null)
        => LatePaymentModel.Fit(accounts, asOf.ToDateOnly(), options);

    /// <summary>The probability that each invoice open on a date is paid late (see
    /// <see cref="LatePaymentModel.PredictOpenInvoices(CustomerAccount, DateOnly)"/>).</summary>
    /// <param name="model">The model.</param>
    /// <param name="account">The account.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <returns>One probability (0–1) per open invoice, in due-date order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> or <paramref name="account"/> is null.</exception>
    public static IReadOnlyList<KeyValuePair<DocumentId, double>> PredictOpenInvoices(this LatePaymentModel model, CustomerAccount account, LocalDate asOf)
        => LedgerDates.NotNull(model).PredictOpenInvoices(account, asOf.ToDateOnly());

    /// <summary>Creates a bureau score with the date the bureau produced it (see
    /// <see cref="Credit.ExternalScore(string, decimal, decimal, decimal, DateOnly?)"/>).</summary>
    /// <param name="source">The bureau or product.</param>
    /// <param name="value">The score.</param>
    /// <param name="worst">The worst value on the bureau's scale.</param>
    /// <param name="best">The best value on the bureau's scale.</param>
    /// <param name="asOf">When the bureau produced the score; null if unknown.</param>
    /// <returns>The score.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentException">The scale is empty or <paramref name="value"/> is off it.</exception>
    public static ExternalScore ExternalScore(string source, decimal value, decimal worst, decimal best, LocalDate? asOf)
        => new(source, value, worst, best, asOf?.ToDateOnly());
}
