using Receivables.Internal;
using System.Collections.Immutable;

namespace Receivables.Credit.LatePayment;

/// <summary>
/// The behavioural features of one invoice for the late-payment model, computed from the customer's invoices before the
/// invoice's date — the features of Business Central's Late Payment Prediction extension: share of invoices paid late,
/// average days late, outstanding and late-outstanding amounts and ratios, invoice amount against the customer's average,
/// and term length.
/// </summary>
/// <remarks>
/// <para>An invoice counts as paid when it is settled in full; it is outstanding in full until then (partial payments
/// are not split out). Amounts enter the model as <c>ln(1 + amount)</c>, so one customer's size does not swamp the
/// fit. With no earlier invoices the shares and averages are 0 and the amount ratio is 1.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
/// <param name="PaidLateShare">The share (0–1) of the invoices paid so far that were paid after their due date.</param>
/// <param name="PaidLateAmountShare">The share (0–1) of the amount paid so far that was paid late.</param>
/// <param name="AverageDaysLate">The average days late of the invoices paid late (0 when none).</param>
/// <param name="LogOutstanding">ln(1 + the amount outstanding on the date).</param>
/// <param name="LogLateOutstanding">ln(1 + the outstanding amount already past due on the date).</param>
/// <param name="LateOutstandingShare">The share (0–1) of the outstanding amount that is past due.</param>
/// <param name="AmountToAverage">The invoice amount divided by the customer's average invoice amount (1 without history).</param>
/// <param name="TermDays">Days from the document date to the due date.</param>
public sealed record LatePaymentFeatures(
    double PaidLateShare,
    double PaidLateAmountShare,
    double AverageDaysLate,
    double LogOutstanding,
    double LogLateOutstanding,
    double LateOutstandingShare,
    double AmountToAverage,
    double TermDays)
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(LatePaymentFeatures), PrintMembers);

    /// <summary>Gets the feature names, in the order of <see cref="LatePaymentModel.Coefficients"/>.</summary>
    public static ImmutableArray<string> Names { get; } =
    [
        nameof(PaidLateShare), nameof(PaidLateAmountShare), nameof(AverageDaysLate), nameof(LogOutstanding),
        nameof(LogLateOutstanding), nameof(LateOutstandingShare), nameof(AmountToAverage), nameof(TermDays),
    ];

    internal double[] ToArray() =>
        [PaidLateShare, PaidLateAmountShare, AverageDaysLate, LogOutstanding, LogLateOutstanding, LateOutstandingShare, AmountToAverage, TermDays];

    /// <summary>Features of an invoice of <paramref name="amount"/> and <paramref name="termDays"/> issued on <paramref name="on"/>,
    /// from the other invoices of the customer (only what was known before <paramref name="on"/> counts).</summary>
    internal static LatePaymentFeatures Compute(IReadOnlyList<InvoiceFact> history, DateOnly on, decimal amount, int termDays, string? excludeId)
    {
        var paid = 0;
        var paidLate = 0;
        var paidAmount = 0m;
        var paidLateAmount = 0m;
        var daysLate = 0L;
        var outstanding = 0m;
        var lateOutstanding = 0m;
        var issuedAmount = 0m;
        var issued = 0;
        foreach (var f in history)
        {
            if (f.DocumentDate >= on || string.Equals(f.Id, excludeId, StringComparison.Ordinal))
            {
                continue;
            }

            issued++;
            issuedAmount += f.Amount;
            if (f.IsSettledBy(on))
            {
                paid++;
                paidAmount += f.Amount;
                var late = f.SettledOn!.Value.DayNumber - f.DueDate.DayNumber;
                if (late > 0)
                {
                    paidLate++;
                    paidLateAmount += f.Amount;
                    daysLate += late;
                }
            }
            else
            {
                outstanding += f.Amount;
                if (f.DueDate < on)
                {
                    lateOutstanding += f.Amount;
                }
            }
        }

        return new LatePaymentFeatures(
            paid == 0 ? 0d : (double)paidLate / paid,
            paidAmount == 0m ? 0d : (double)(paidLateAmount / paidAmount),
            paidLate == 0 ? 0d : (double)daysLate / paidLate,
            Math.Log(1d + (double)outstanding),
            Math.Log(1d + (double)lateOutstanding),
            outstanding == 0m ? 0d : (double)(lateOutstanding / outstanding),
            issued == 0 || issuedAmount == 0m ? 1d : (double)(amount / (issuedAmount / issued)),
            termDays);
    }
}
