using System.Globalization;
using Receivables.Calendars;
using Receivables.Internal;

namespace Receivables.Terms;

/// <summary>
/// A payment term: an ordered list of installment lines, the baseline date it counts from, the base of its
/// early-payment discounts and the residual policy that makes the installments add up to the invoice total.
/// <see cref="Schedule(Money, TermDates, Money?)"/> turns it into a <see cref="PaymentSchedule"/>.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. Rules checked when the term is created (all problems reported together): at least one
/// line; at most one balance line; a term without a balance line has percentages adding up to exactly 100 and no fixed
/// lines (unless its residual policy is <see cref="ResidualPolicies.LastLineAnyKind"/>, under which the last line takes
/// the residual whatever its kind, and a balance line must be last); percentages never add up to more than 100; fixed
/// amounts share one currency. Equal terms have equal lines, baseline, discount base, residual and rounding policies
/// (policies compared with <see cref="object.Equals(object)"/>).
/// </remarks>
public sealed class PaymentTerm : IEquatable<PaymentTerm>
{
    private PaymentTerm(InstallmentLine[] lines, TermBaseline baseline, DiscountBase discountBase, IResidualPolicy residual, IRoundingPolicy rounding)
    {
        Lines = lines;
        Baseline = baseline;
        DiscountBase = discountBase;
        Residual = residual;
        Rounding = rounding;
    }

    /// <summary>Gets the installment lines in order.</summary>
    public IReadOnlyList<InstallmentLine> Lines { get; }

    /// <summary>Gets the date the term counts from. The default value is <see cref="TermBaseline.DocumentDate"/>.</summary>
    public TermBaseline Baseline { get; }

    /// <summary>Gets the amount discount percentages apply to. The default value is <see cref="DiscountBase.Gross"/>.</summary>
    public DiscountBase DiscountBase { get; }

    /// <summary>Gets the residual policy. The default value is <see cref="ResidualPolicies.LastLine"/>.</summary>
    public IResidualPolicy Residual { get; }

    /// <summary>
    /// Gets how installment amounts (under <see cref="ResidualPolicies.LastLine"/> and
    /// <see cref="ResidualPolicies.LastLineAnyKind"/>) and discount amounts are rounded, for example cash rounding with
    /// <c>RoundingPolicies.Cash(0.05m)</c> or whole units with <c>RoundingPolicies.Cash(1m)</c>. The line that absorbs
    /// the residual takes whatever is left, so the installments still add up to the total. The default value is
    /// <see cref="RoundingPolicies.HalfAwayFromZero"/> to the currency's minor unit.
    /// </summary>
    public IRoundingPolicy Rounding { get; }

    /// <summary>Creates a term from its lines, counting from the document date, discounts on the gross amount, the
    /// default residual and rounding policies.</summary>
    /// <param name="lines">The installment lines, in order.</param>
    /// <returns>The term.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="lines"/> or a line is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The lines break a rule listed on the type; the message lists every problem.</exception>
    public static PaymentTerm Create(params InstallmentLine[] lines) => Create(ResidualPolicies.Default, lines);

    /// <summary>Creates a term from its lines under a residual policy (which decides whether fixed lines need a
    /// balance line), counting from the document date, discounts on the gross amount, default rounding.</summary>
    /// <param name="residual">The residual policy, for example <see cref="ResidualPolicies.LastLineAnyKind"/> for an
    /// Odoo 17 term.</param>
    /// <param name="lines">The installment lines, in order.</param>
    /// <returns>The term.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="residual"/>, <paramref name="lines"/> or a line is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The lines break a rule listed on the type; the message lists every problem.</exception>
    public static PaymentTerm Create(IResidualPolicy residual, params InstallmentLine[] lines)
    {
        Guard.NotNull(residual);
        Guard.NotNull(lines);
        foreach (var line in lines)
        {
            Guard.NotNull(line, nameof(lines));
        }

        Validate(lines, residual, nameof(lines));
        return new PaymentTerm([.. lines], TermBaseline.DocumentDate, DiscountBase.Gross, residual, RoundingPolicies.Default);
    }

    /// <summary>Creates the term "net N days": the whole amount due N days after the baseline.</summary>
    /// <param name="days">Days, 0 to <see cref="DateFormula.MaxNumber"/>.</param>
    /// <returns>The term.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is negative or above the limit.</exception>
    public static PaymentTerm Net(int days) => Create(InstallmentLine.Percentage(100m, DueDateRules.NetDays(days)));

    /// <summary>Returns a copy counting from another baseline date.</summary>
    /// <param name="baseline">The baseline.</param>
    /// <returns>The new term.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="baseline"/> is not defined.</exception>
    public PaymentTerm WithBaseline(TermBaseline baseline) => new([.. Lines], Guard.Defined(baseline), DiscountBase, Residual, Rounding);

    /// <summary>Returns a copy whose discounts apply to another base.</summary>
    /// <param name="discountBase">The base.</param>
    /// <returns>The new term.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="discountBase"/> is not defined.</exception>
    public PaymentTerm WithDiscountBase(DiscountBase discountBase) => new([.. Lines], Baseline, Guard.Defined(discountBase), Residual, Rounding);

    /// <summary>Returns a copy with another residual policy.</summary>
    /// <param name="residual">The policy.</param>
    /// <returns>The new term.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="residual"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The lines break a rule of the new policy (fixed lines without a balance line
    /// under a balance-line policy; a balance line that is not last under <see cref="ResidualPolicies.LastLineAnyKind"/>).</exception>
    public PaymentTerm WithResidual(IResidualPolicy residual)
    {
        Guard.NotNull(residual);
        Validate([.. Lines], residual, nameof(residual));
        return new([.. Lines], Baseline, DiscountBase, residual, Rounding);
    }

    /// <summary>Returns a copy with another rounding policy for installment and discount amounts.</summary>
    /// <param name="rounding">The policy, for example <c>RoundingPolicies.Cash(0.05m)</c>.</param>
    /// <returns>The new term.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rounding"/> is <see langword="null"/>.</exception>
    public PaymentTerm WithRounding(IRoundingPolicy rounding) => new([.. Lines], Baseline, DiscountBase, Residual, Guard.NotNull(rounding));

    /// <summary>
    /// Returns a copy whose due dates and discount deadlines are adjusted to business days of
    /// <paramref name="calendar"/> by <paramref name="convention"/> (see <see cref="DueDateRules.Adjusted"/>). Deposit
    /// lines keep the order date. The copy cannot be written in <see cref="TermNotation"/>.
    /// </summary>
    /// <param name="calendar">The calendar.</param>
    /// <param name="convention">The convention, usually <see cref="BusinessDayConvention.Following"/>.</param>
    /// <returns>The new term.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="convention"/> is not defined.</exception>
    public PaymentTerm WithBusinessDays(IBusinessCalendar calendar, BusinessDayConvention convention)
    {
        Guard.NotNull(calendar);
        Guard.Defined(convention);
        var lines = Lines.Select(line =>
        {
            if (line.IsDeposit)
            {
                return line;
            }

            var rule = DueDateRules.Adjusted(line.Rule, calendar, convention);
            DiscountTier[] tiers = [.. line.Discounts.Select(t => t.WithDeadline(DueDateRules.Adjusted(t.Deadline, calendar, convention)))];
            var adjusted = line.Kind switch
            {
                InstallmentKind.Percent => InstallmentLine.Percentage(line.Percent, rule, tiers),
                InstallmentKind.FixedAmount => InstallmentLine.Fixed(line.Amount!.Value, rule, tiers),
                _ => InstallmentLine.Balance(rule, tiers),
            };
            return adjusted.WithPaymentMethod(line.PaymentMethod);
        });
        return new PaymentTerm([.. lines], Baseline, DiscountBase, Residual, Rounding);
    }

    /// <summary>
    /// Applies the term to an invoice. The residual policy turns the lines into amounts (by default: percent lines are
    /// shares of the total rounded with <see cref="Rounding"/>, fixed lines take their amount, the balance line takes the
    /// rest). Each due date is the line's rule applied to the baseline (the order date for deposits), never earlier than
    /// that baseline. Tax, when given, is spread over the installments in proportion to their (positive) amounts
    /// (largest remainder) and used for a <see cref="DiscountBase.NetOfTax"/> base.
    /// </summary>
    /// <param name="total">The invoice total: non-negative and rounded to its currency's minor units.</param>
    /// <param name="dates">The invoice's dates.</param>
    /// <param name="tax">The tax included in the total, or <see langword="null"/> for none.</param>
    /// <returns>The schedule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dates"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="total"/> has no currency, is not rounded, or is smaller than the
    /// fixed lines plus the percentages (under a balance-line policy); the baseline date the term needs is missing;
    /// <paramref name="tax"/> is not rounded.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="total"/> is negative or above <see cref="Ledger.Document.MaxAmount"/>; <paramref name="tax"/> is negative
    /// or more than the total; or a due date or discount deadline falls outside 0001-01-01 to 9999-12-31 (the exception
    /// names <c>dates</c> and says which line and rule).</exception>
    /// <exception cref="CurrencyMismatchException">A fixed amount or the tax is in another currency than the total.</exception>
    /// <exception cref="InvalidOperationException">A custom residual policy returned amounts that do not add up.</exception>
    public PaymentSchedule Schedule(Money total, TermDates dates, Money? tax = null)
    {
        Guard.NotNull(dates);
        if (total.Currency.IsDefault || !total.IsRounded)
        {
            throw new ArgumentException("The total needs a currency and whole minor units.", nameof(total));
        }

        Guard.NotNegative(total.Amount, nameof(total));
        if (total.Amount > Ledger.Document.MaxAmount)
        {
            throw Guard.OutOfRange(nameof(total), total.Amount, "The total is above the largest a document may carry, 10^18 (Document.MaxAmount).");
        }

        var taxAmount = tax ?? Money.Zero(total.Currency);
        if (!taxAmount.IsRounded)
        {
            throw new ArgumentException("The tax must be in whole minor units.", nameof(tax));
        }

        if (taxAmount.IsNegative || taxAmount > total)
        {
            throw Guard.OutOfRange(nameof(tax), taxAmount.Amount, "tax must be between zero and the total.");
        }

        var baseline = BaselineDate(dates);
        var amounts = Amounts(total);
        // No tax (the usual case) needs no weights; tax on parts that are all zero stays zero too.
        decimal[] weights = taxAmount.IsZero ? [] : [.. amounts.Select(a => Math.Max(0m, a.Amount))];
        var taxes = weights.Sum() == 0m
            ? Enumerable.Repeat(Money.Zero(total.Currency), amounts.Length).ToArray()
            : taxAmount.Allocate(weights, RemainderPolicies.LargestRemainder);

        var installments = new ScheduledInstallment[Lines.Count];
        for (var i = 0; i < installments.Length; i++)
        {
            var line = Lines[i];
            var lineBaseline = line.IsDeposit ? dates.OrderDate ?? dates.DocumentDate : baseline;
            var due = DueDateOf(line.Rule, lineBaseline, i, "due date", nameof(dates));
            var discountBase = DiscountBase == DiscountBase.NetOfTax ? amounts[i] - taxes[i] : amounts[i];
            var offers = ScheduledInstallment.Offers(line, lineBaseline, discountBase, Rounding, i, nameof(dates));
            installments[i] = new ScheduledInstallment(i + 1, line, amounts[i], taxes[i], lineBaseline, due, offers);
        }

        return new PaymentSchedule(total, taxAmount, baseline, installments);
    }

    /// <inheritdoc />
    public bool Equals(PaymentTerm? other)
        => other is not null && Baseline == other.Baseline && DiscountBase == other.DiscountBase
            && Residual.Equals(other.Residual) && Rounding.Equals(other.Rounding) && Lines.SequenceEqual(other.Lines);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PaymentTerm);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Baseline, DiscountBase, Lines.Count, Lines.Count > 0 ? Lines[0] : null);

    /// <summary>Returns the term in the compact notation when it can be written so, or a description otherwise.</summary>
    /// <returns>The text, written with the invariant culture.</returns>
    public override string ToString()
        => TermNotation.TryFormat(this, out var text) ? text! : string.Join(", ", Lines.Select(l => l.ToString()));

    internal static DateOnly DueDateOf(IDueDateRule rule, DateOnly baseline, int index, string what, string paramName)
    {
        DateOnly due;
        try
        {
            due = rule.DueDate(baseline);
        }
        catch (ArgumentOutOfRangeException)
        {
            throw OutOfRange(index, what, rule, baseline, paramName);
        }
        catch (OverflowException)
        {
            throw OutOfRange(index, what, rule, baseline, paramName);
        }

        return due < baseline ? baseline : due;
    }

    internal static ArgumentOutOfRangeException OutOfRange(int index, string what, IDueDateRule rule, DateOnly baseline, string paramName)
        => Guard.OutOfRange(
            paramName,
            baseline,
            $"Line {(index + 1).ToString(CultureInfo.InvariantCulture)}: the {what} of rule '{rule}' from {baseline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} falls outside 0001-01-01 to 9999-12-31.");

    private static void Validate(InstallmentLine[] lines, IResidualPolicy residual, string parameter)
    {
        var problems = new List<string>();
        if (lines.Length == 0)
        {
            problems.Add("a term needs at least one line");
        }

        var anyKind = residual.Equals(ResidualPolicies.LastLineAnyKind);
        var balances = lines.Count(l => l.Kind == InstallmentKind.Balance);
        var percent = lines.Where(l => l.Kind == InstallmentKind.Percent).Sum(l => l.Percent);
        var percentText = percent.ToString(CultureInfo.InvariantCulture);
        if (balances > 1)
        {
            problems.Add($"a term may have one balance line, not {balances.ToString(CultureInfo.InvariantCulture)}");
        }

        if (percent > 100m)
        {
            problems.Add($"the percentages add up to {percentText}%, more than 100%");
        }

        if (balances == 0 && lines.Length > 0 && percent != 100m && percent <= 100m)
        {
            problems.Add($"the percentages add up to {percentText}%, not 100%, and there is no balance line");
        }

        if (balances == 0 && !anyKind && lines.Any(l => l.Kind == InstallmentKind.FixedAmount))
        {
            problems.Add("a term with fixed amounts needs a balance line");
        }

        if (anyKind && balances == 1 && lines[^1].Kind != InstallmentKind.Balance)
        {
            problems.Add("under LastLineAnyKind the balance line must be the last line");
        }

        if (lines.Where(l => l.Amount.HasValue).Select(l => l.Amount!.Value.Currency).Distinct().Count() > 1)
        {
            problems.Add("the fixed amounts are in different currencies");
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid payment term: " + string.Join("; ", problems) + ".", parameter);
        }
    }

    private DateOnly BaselineDate(TermDates dates) => Baseline switch
    {
        TermBaseline.DeliveryDate => dates.DeliveryDate
            ?? throw new ArgumentException("The term counts from the delivery date, but none was given.", nameof(dates)),
        TermBaseline.PostingDate => dates.PostingDate
            ?? throw new ArgumentException("The term counts from the posting date, but none was given.", nameof(dates)),
        _ => dates.DocumentDate,
    };

    private Money[] Amounts(Money total)
    {
        var parts = Residual.Split(new ResidualArguments(total, Lines, Rounding));
        if (parts is null || parts.Length != Lines.Count || !AddUpTo(parts, total))
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"The residual policy {Residual} returned parts that do not add up to {total}."));
        }

        return parts;

        // Every part in the total's currency and whole minor units, adding up to the total.
        static bool AddUpTo(Money[] parts, Money total)
        {
            var sum = Money.Zero(total.Currency);
            foreach (var part in parts)
            {
                if (part.Currency != total.Currency || !part.IsRounded)
                {
                    return false;
                }

                sum += part;
            }

            return sum == total;
        }
    }
}
