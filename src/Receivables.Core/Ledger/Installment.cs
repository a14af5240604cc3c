using System.Globalization;
using Receivables.Internal;

namespace Receivables.Ledger;

/// <summary>
/// One installment of a debit in the ledger: an amount due on a date. A document posted with installments
/// (<see cref="Document.WithInstallments"/>) and a payment plan (<see cref="PaymentPlanAgreed"/>) each become one open
/// item per installment, with the id <c>{document}/{number}</c> (decision 015).
/// </summary>
/// <remarks>Immutable and thread-safe. The <c>default</c> value has no currency and is refused wherever installments
/// are checked.</remarks>
/// <param name="Amount">The amount due: positive, in whole minor units.</param>
/// <param name="DueDate">The date it is due.</param>
public readonly record struct Installment(Money Amount, DateOnly DueDate)
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(Installment), PrintMembers);

    /// <summary>The id of installment <paramref name="number"/> of <paramref name="document"/>: <c>INV-1/2</c>.</summary>
    /// <param name="document">The document (or payment plan) id.</param>
    /// <param name="number">The installment number, from 1.</param>
    /// <returns>The id.</returns>
    /// <exception cref="ArgumentException"><paramref name="document"/> is default.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is less than 1.</exception>
    public static DocumentId IdOf(DocumentId document, int number)
    {
        if (document.IsDefault)
        {
            throw new ArgumentException("A document id is required.", nameof(document));
        }

        Guard.Positive(number);
        return new DocumentId(string.Create(CultureInfo.InvariantCulture, $"{document.Value}/{number}"));
    }

    /// <summary>Checks a list of installments against its total and earliest date; the one rule set for documents and plans.</summary>
    /// <returns>The installments, copied.</returns>
    internal static Installment[] Check(IEnumerable<Installment>? installments, Money total, DateOnly earliest, string field, string what)
    {
        var list = Guard.NotNull(installments, field).ToArray();
        if (list.Length == 0)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{what} needs at least one installment."), field);
        }

        var sum = 0m;
        for (var i = 0; i < list.Length; i++)
        {
            var (amount, due) = list[i];
            var name = string.Create(CultureInfo.InvariantCulture, $"{field}[{i}]");
            if (amount.Currency != total.Currency)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Installment {i + 1} of {what} ({amount}) is not in {total.Currency.Code}."), name + ".Amount");
            }

            if (!amount.IsPositive || !amount.IsRounded)
            {
                throw Guard.OutOfRange(name + ".Amount", amount.Amount, string.Create(CultureInfo.InvariantCulture, $"Installment {i + 1} of {what} ({amount}) must be positive and in whole minor units."));
            }

            if (amount.Amount > Document.MaxAmount)
            {
                throw Guard.OutOfRange(name + ".Amount", amount.Amount, string.Create(CultureInfo.InvariantCulture, $"Installment {i + 1} of {what} ({amount}) is above the largest a document may carry, 10^18 (Document.MaxAmount)."));
            }

            if (due < earliest)
            {
                throw Guard.OutOfRange(name + ".DueDate", due, string.Create(CultureInfo.InvariantCulture, $"Installment {i + 1} of {what} is due {due:yyyy-MM-dd}, before {earliest:yyyy-MM-dd}."));
            }

            if (i > 0 && due < list[i - 1].DueDate)
            {
                throw Guard.OutOfRange(name + ".DueDate", due, string.Create(CultureInfo.InvariantCulture, $"Installment {i + 1} of {what} is due {due:yyyy-MM-dd}, before installment {i} ({list[i - 1].DueDate:yyyy-MM-dd}); due dates must ascend."));
            }

            sum += amount.Amount;
        }

        if (sum != total.Amount)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The installments of {what} add up to {new Money(sum, total.Currency)}, not {total}."), field);
        }

        return list;
    }
}
