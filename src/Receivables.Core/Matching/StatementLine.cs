using Receivables.Internal;

namespace Receivables.Matching;

/// <summary>
/// One line of a bank statement or payment advice: money that came in (positive <see cref="Amount"/>) or went out
/// (zero or negative: refunds, chargebacks, fees), with what the bank tells about the payer and the purpose.
/// </summary>
/// <remarks>
/// <para>Every text field is optional (null when the bank sent nothing); empty or white-space texts are stored as
/// null. Remittance texts of any length are accepted (only the configured number of leading characters is
/// scanned, see <see cref="MatchingOptions.MaxRemittanceLength"/>).</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record StatementLine
{
    /// <summary>Initializes a statement line.</summary>
    /// <param name="id">The line id, unique within one matching run (such as the bank's entry reference or
    /// "statement/position").</param>
    /// <param name="bookingDate">The date the bank booked the line.</param>
    /// <param name="valueDate">The value date; early-payment discounts are judged on this date.</param>
    /// <param name="amount">The amount: positive for money received, zero or negative for money paid out.</param>
    /// <param name="payerName">The payer (debtor) name, or null.</param>
    /// <param name="payerAccount">The payer account (IBAN or local account number), or null.</param>
    /// <param name="remittanceText">The free remittance text (purpose, 附言/用途), or null.</param>
    /// <param name="endToEndReference">The end-to-end reference set by the payer, or null.</param>
    /// <param name="bankReference">The bank's own reference for the line, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty, or <paramref name="amount"/> has no
    /// currency.</exception>
    public StatementLine(
        string id,
        DateOnly bookingDate,
        DateOnly valueDate,
        Money amount,
        string? payerName = null,
        string? payerAccount = null,
        string? remittanceText = null,
        string? endToEndReference = null,
        string? bankReference = null)
    {
        Id = Guard.NotBlank(id);
        if (amount.Currency.IsDefault)
        {
            throw new ArgumentException("The amount needs a currency.", nameof(amount));
        }

        BookingDate = bookingDate;
        ValueDate = valueDate;
        Amount = amount;
        PayerName = Clean(payerName);
        PayerAccount = Clean(payerAccount);
        RemittanceText = Clean(remittanceText);
        EndToEndReference = Clean(endToEndReference);
        BankReference = Clean(bankReference);
    }

    /// <summary>Gets the line id.</summary>
    public string Id { get; }

    /// <summary>Gets the booking date.</summary>
    public DateOnly BookingDate { get; }

    /// <summary>Gets the value date (the date the money counts as paid).</summary>
    public DateOnly ValueDate { get; }

    /// <summary>Gets the amount: positive when received.</summary>
    public Money Amount { get; }

    /// <summary>Gets the payer name, or null.</summary>
    public string? PayerName { get; }

    /// <summary>Gets the payer account, or null.</summary>
    public string? PayerAccount { get; }

    /// <summary>Gets the remittance text, or null.</summary>
    public string? RemittanceText { get; }

    /// <summary>Gets the end-to-end reference, or null. "NOTPROVIDED" is kept as sent.</summary>
    public string? EndToEndReference { get; }

    /// <summary>Gets the bank reference, or null.</summary>
    public string? BankReference { get; }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
