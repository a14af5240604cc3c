using NodaTime;
using Receivables.Matching;
using Receivables.Matching.Reconciliation;
using Receivables.Matching.Statements;

namespace Receivables.NodaTime;

/// <summary><see cref="LocalDate"/> forms of the matching module's dated inputs: statement lines from a host's own
/// bank import, the entries of a customer's statement of account (对账单) and statement balances.</summary>
/// <remarks>Each member converts the dates and calls the Core constructor of the same name; validation, errors and
/// thread safety are Core's. Matching and reconciliation themselves take no date (the lines and items carry theirs),
/// and the statement readers return Core's lines, whose dates convert with
/// <see cref="LocalDateConversions.ToLocalDate(DateOnly)"/>.</remarks>
public static class MatchingDates
{
    /// <summary>Creates a statement line (see <see cref="Matching.StatementLine"/>'s constructor).</summary>
    /// <param name="id">The line id, unique within one matching run.</param>
    /// <param name="bookingDate">The date the bank booked the line.</param>
    /// <param name="valueDate">The value date; early-payment discounts are judged on it.</param>
    /// <param name="amount">The amount: positive for money received.</param>
    /// <param name="payerName">The payer name, or null.</param>
    /// <param name="payerAccount">The payer account, or null.</param>
    /// <param name="remittanceText">The remittance text, or null.</param>
    /// <param name="endToEndReference">The end-to-end reference, or null.</param>
    /// <param name="bankReference">The bank's reference, or null.</param>
    /// <returns>The line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty, or <paramref name="amount"/> has no currency.</exception>
    public static StatementLine StatementLine(
        string id,
        LocalDate bookingDate,
        LocalDate valueDate,
        Money amount,
        string? payerName = null,
        string? payerAccount = null,
        string? remittanceText = null,
        string? endToEndReference = null,
        string? bankReference = null)
        => new(id, bookingDate.ToDateOnly(), valueDate.ToDateOnly(), amount, payerName, payerAccount, remittanceText, endToEndReference, bankReference);

    /// <summary>Creates an entry of a customer's statement of account (see
    /// <see cref="Matching.Reconciliation.CustomerStatementEntry"/>'s constructor).</summary>
    /// <param name="reference">The document number as the customer writes it.</param>
    /// <param name="amount">The amount the customer shows; positive.</param>
    /// <param name="kind">Invoice or payment.</param>
    /// <param name="date">The date the customer shows, or null.</param>
    /// <returns>The entry.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reference"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="reference"/> is blank or <paramref name="amount"/> has no currency.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is not positive or <paramref name="kind"/> is undefined.</exception>
    public static CustomerStatementEntry CustomerStatementEntry(string reference, Money amount, CustomerStatementEntryKind kind, LocalDate? date)
        => new(reference, amount, kind, date?.ToDateOnly());

    /// <summary>Creates a statement balance (see <see cref="Matching.Statements.StatementBalance"/>).</summary>
    /// <param name="account">The account, or null.</param>
    /// <param name="type">The balance type, such as <c>CLBD</c>.</param>
    /// <param name="amount">The amount.</param>
    /// <param name="date">The balance date.</param>
    /// <returns>The balance.</returns>
    public static StatementBalance StatementBalance(string? account, string type, Money amount, LocalDate date)
        => new(account, type, amount, date.ToDateOnly());
}
