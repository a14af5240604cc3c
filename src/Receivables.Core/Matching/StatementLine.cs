using System.Globalization;
using System.Collections.Immutable;
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
/// <para>Statement readers (<see cref="Statements.CamtReader"/>, the wallet bill readers) also fill the
/// init-only <see cref="Account"/>, <see cref="Status"/>, <see cref="IsReversal"/>, <see cref="References"/>,
/// <see cref="Fee"/> and <see cref="Notes"/>; lines built by hand leave them at their defaults (no account, booked,
/// not a reversal, no references, no fee, no notes). Two lines with equal references or notes built separately
/// compare unequal (the arrays are compared by reference).</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record StatementLine
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(StatementLine), PrintMembers);

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
    /// <exception cref="ArgumentOutOfRangeException">The size of <paramref name="amount"/> is above
    /// <see cref="Ledger.Document.MaxAmount"/>.</exception>
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

        if (Math.Abs(amount.Amount) > Ledger.Document.MaxAmount)
        {
            throw Guard.OutOfRange(nameof(amount), amount.Amount, string.Create(CultureInfo.InvariantCulture, $"The amount of statement line {id} ({amount}) is above the largest a document may carry, 10^18 (Document.MaxAmount)."));
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

    /// <summary>Gets the account the line was booked on (IBAN, other account id, or a wallet merchant account), or
    /// null when unknown.</summary>
    /// <value>The default value is null. White space is stored as null.</value>
    public string? Account
    {
        get;
        init => field = Clean(value);
    }

    /// <summary>Gets the booking status the bank gave the line; only <see cref="StatementLineStatus.Booked"/> lines
    /// are money that has arrived.</summary>
    /// <value>The default value is <see cref="StatementLineStatus.Booked"/>.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined status.</exception>
    public StatementLineStatus Status
    {
        get;
        init => field = Guard.Defined(value);
    }

    /// <summary>Gets whether the line reverses an earlier line (camt <c>RvslInd</c>, a revoked wallet payment): the
    /// amount undoes that line and should not be matched as new money.</summary>
    /// <value>The default value is false.</value>
    public bool IsReversal { get; init; }

    /// <summary>Gets the structured references the payer sent (creditor references, referred document numbers such as
    /// invoice numbers from the payer's ERP, merchant order numbers), in file order, without duplicates.</summary>
    /// <value>The default value is empty (never default). Blank entries are dropped.</value>
    /// <exception cref="ArgumentNullException">An element is null.</exception>
    public ImmutableArray<string> References
    {
        get;
        init => field = value.IsDefaultOrEmpty ? [] : [.. value.Select(r => r ?? throw new ArgumentNullException(nameof(References), "A reference is null.")).Where(r => !string.IsNullOrWhiteSpace(r)).Distinct(StringComparer.Ordinal)];
    } = [];

    /// <summary>Gets the fee the payment provider kept for this line (wallet and card settlement files), in the line's
    /// currency: positive when charged, negative when refunded with a refund. <see cref="Amount"/> stays the gross
    /// amount, so it matches the invoice; the money that arrives is <see cref="Amount"/> minus the fee.</summary>
    /// <value>The default value is null (no fee reported).</value>
    /// <exception cref="ArgumentException">The fee has no currency or another currency than <see cref="Amount"/>
    /// (checked when both are set).</exception>
    public Money? Fee
    {
        get;
        init => field = value is { } fee && (fee.Currency.IsDefault || fee.Currency != Amount.Currency)
            ? throw new ArgumentException("The fee must be in the currency of the amount.", nameof(Fee))
            : value;
    }

    /// <summary>Gets what the reader had to assume or change when reading the line, such as dates taken from the
    /// statement (<see cref="Statements.StatementReasonCodes.DatesFromStatement"/>) or a renamed duplicate id.</summary>
    /// <value>The default value is empty (never default).</value>
    /// <exception cref="ArgumentNullException">An element is null.</exception>
    public ImmutableArray<Reason> Notes
    {
        get;
        init => field = value.IsDefaultOrEmpty ? [] : [.. value.Select(n => n ?? throw new ArgumentNullException(nameof(Notes), "A note is null."))];
    } = [];

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
