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
/// lines; percentages never add up to more than 100; fixed amounts share one currency. Equal terms have equal lines,
/// baseline, discount base and residual policy.
/// </remarks>
public sealed class PaymentTerm : IEquatable<PaymentTerm>
{
    private PaymentTerm(InstallmentLine[] lines, TermBaseline baseline, DiscountBase discountBase, IResidualPolicy residual)
    {
        Lines = lines;
        Baseline = baseline;
        DiscountBase = discountBase;
        Residual = residual;
    }

    /// <summary>Gets the installment lines in order.</summary>
    public IReadOnlyList<InstallmentLine> Lines { get; }

    /// <summary>Gets the date the term counts from. The default value is <see cref="TermBaseline.DocumentDate"/>.</summary>
    public TermBaseline Baseline { get; }

    /// <summary>Gets the amount discount percentages apply to. The default value is <see cref="DiscountBase.Gross"/>.</summary>
    public DiscountBase DiscountBase { get; }

    /// <summary>Gets the residual policy. The default value is <see cref="ResidualPolicies.LastLine"/>.</summary>
    public IResidualPolicy Residual { get; }

    /// <summary>Creates a term from its lines, counting from the document date, discounts on the gross amount, residual on the last line.</summary>
    /// <param name="lines">The installment lines, in order.</param>
    /// <returns>The term.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="lines"/> or a line is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The lines break a rule listed on the type; the message lists every problem.</exception>
    public static PaymentTerm Create(params InstallmentLine[] lines)
    {
        Guard.NotNull(lines);
        foreach (var line in lines)
        {
            Guard.NotNull(line, nameof(lines));
        }

        var problems = new List<string>();
        if (lines.Length == 0)
        {
            problems.Add("a term needs at least one line");
        }

        var balances = lines.Count(l => l.Kind == InstallmentKind.Balance);
        var percent = lines.Where(l => l.Kind == InstallmentKind.Percent).Sum(l => l.Percent);
        if (balances > 1)
        {
            problems.Add($"a term may have one balance line, not {balances}");
        }

        if (percent > 100m)
        {
            problems.Add($"the percentages add up to {percent}%, more than 100%");
        }

        if (balances == 0 && lines.Length > 0 && percent != 100m && percent <= 100m)
        {
            problems.Add($"the percentages add up to {percent}%, not 100%, and there is no balance line");
        }

        if (balances == 0 && lines.Any(l => l.Kind == InstallmentKind.FixedAmount))
        {
            problems.Add("a term with fixed amounts needs a balance line");
        }

        if (lines.Where(l => l.Amount.HasValue).Select(l => l.Amount!.Value.Currency).Distinct().Count() > 1)
        {
            problems.Add("the fixed amounts are in different currencies");
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid payment term: " + string.Join("; ", problems) + ".", nameof(lines));
        }

        return new PaymentTerm([.. lines], TermBaseline.DocumentDate, DiscountBase.Gross, ResidualPolicies.Default);
    }

    /// <summary>Creates the term "net N days": the whole amount due N days after the baseline.</summary>
    /// <param name="days">Days, 0 or more.</param>
    /// <returns>The term.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is negative.</exception>
    public static PaymentTerm Net(int days) => Create(InstallmentLine.Percentage(100m, DueDateRules.NetDays(days)));

    /// <summary>Returns a copy counting from another baseline date.</summary>
    /// <param name="baseline">The baseline.</param>
    /// <returns>The new term.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="baseline"/> is not defined.</exception>
    public PaymentTerm WithBaseline(TermBaseline baseline) => new([.. Lines], Guard.Defined(baseline), DiscountBase, Residual);

    /// <summary>Returns a copy whose discounts apply to another base.</summary>
    /// <param name="discountBase">The base.</param>
    /// <returns>The new term.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="discountBase"/> is not defined.</exception>
    public PaymentTerm WithDiscountBase(DiscountBase discountBase) => new([.. Lines], Baseline, Guard.Defined(discountBase), Residual);

    /// <summary>Returns a copy with another residual policy.</summary>
    /// <param name="residual">The policy.</param>
    /// <returns>The new term.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="residual"/> is <see langword="null"/>.</exception>
    public PaymentTerm WithResidual(IResidualPolicy residual) => new([.. Lines], Baseline, DiscountBase, Guard.NotNull(residual));

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
            DiscountTier[] tiers = [.. line.Discounts.Select(t => new DiscountTier(t.Percent, DueDateRules.Adjusted(t.Deadline, calendar, convention), t.GraceDays))];
            var adjusted = line.Kind switch
            {
                InstallmentKind.Percent => InstallmentLine.Percentage(line.Percent, rule, tiers),
                InstallmentKind.FixedAmount => InstallmentLine.Fixed(line.Amount!.Value, rule, tiers),
                _ => InstallmentLine.Balance(rule, tiers),
            };
            return adjusted.WithPaymentMethod(line.PaymentMethod);
        });
        return new PaymentTerm([.. lines], Baseline, DiscountBase, Residual);
    }

    /// <summary>
    /// Applies the term to an invoice. Percent lines are shares of the total, split by the residual policy; fixed lines
    /// take their amount; the balance line takes the rest. Each due date is the line's rule applied to the baseline
    /// (the order date for deposits), never earlier than that baseline. Tax, when given, is spread over the installments
    /// in proportion to their amounts (largest remainder) and used for a <see cref="DiscountBase.NetOfTax"/> base.
    /// </summary>
    /// <param name="total">The invoice total: non-negative and rounded to its currency's minor units.</param>
    /// <param name="dates">The invoice's dates.</param>
    /// <param name="tax">The tax included in the total, or <see langword="null"/> for none.</param>
    /// <returns>The schedule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dates"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="total"/> has no currency, is not rounded, or is smaller than the
    /// fixed lines plus the percentages; the baseline date the term needs is missing; <paramref name="tax"/> is not rounded.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="total"/> is negative, or <paramref name="tax"/> is negative or more than the total.</exception>
    /// <exception cref="CurrencyMismatchException">A fixed amount or the tax is in another currency than the total.</exception>
    public PaymentSchedule Schedule(Money total, TermDates dates, Money? tax = null)
    {
        Guard.NotNull(dates);
        if (total.Currency.IsDefault || !total.IsRounded)
        {
            throw new ArgumentException("The total needs a currency and whole minor units.", nameof(total));
        }

        Guard.NotNegative(total.Amount, nameof(total));
        var taxAmount = tax ?? Money.Zero(total.Currency);
        if (!taxAmount.IsRounded)
        {
            throw new ArgumentException("The tax must be in whole minor units.", nameof(tax));
        }

        if (taxAmount.IsNegative || taxAmount > total)
        {
            throw new ArgumentOutOfRangeException(nameof(tax), taxAmount.Amount, "tax must be between zero and the total.");
        }

        var baseline = BaselineDate(dates);
        var amounts = Amounts(total);
        var taxes = taxAmount.IsZero || total.IsZero
            ? [.. amounts.Select(_ => Money.Zero(total.Currency))]
            : taxAmount.Allocate([.. amounts.Select(a => a.Amount)], RemainderPolicies.LargestRemainder);
        var installments = new ScheduledInstallment[Lines.Count];
        for (var i = 0; i < installments.Length; i++)
        {
            var line = Lines[i];
            var lineBaseline = line.IsDeposit ? dates.OrderDate ?? dates.DocumentDate : baseline;
            var due = line.Rule.DueDate(lineBaseline);
            if (due < lineBaseline)
            {
                due = lineBaseline;
            }

            var discountBase = DiscountBase == DiscountBase.NetOfTax ? amounts[i] - taxes[i] : amounts[i];
            installments[i] = new ScheduledInstallment(i + 1, line, amounts[i], taxes[i], lineBaseline, due, ScheduledInstallment.Offers(line, lineBaseline, discountBase));
        }

        return new PaymentSchedule(total, taxAmount, baseline, installments);
    }

    /// <inheritdoc />
    public bool Equals(PaymentTerm? other)
        => other is not null && Baseline == other.Baseline && DiscountBase == other.DiscountBase
            && ReferenceEquals(Residual, other.Residual) && Lines.SequenceEqual(other.Lines);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PaymentTerm);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Baseline, DiscountBase, Lines.Count, Lines.Count > 0 ? Lines[0] : null);

    /// <summary>Returns the term in the compact notation when it can be written so, or a description otherwise.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
        => TermNotation.TryFormat(this, out var text) ? text! : string.Join(", ", Lines.Select(l => l.ToString()));

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
        var currency = total.Currency;
        var fixedTotal = Money.Zero(currency);
        foreach (var line in Lines)
        {
            if (line.Amount is { } amount)
            {
                fixedTotal += amount;
            }
        }

        var percentIndexes = Enumerable.Range(0, Lines.Count).Where(i => Lines[i].Kind == InstallmentKind.Percent).ToList();
        var balanceIndex = Enumerable.Range(0, Lines.Count).FirstOrDefault(i => Lines[i].Kind == InstallmentKind.Balance, -1);
        var shares = percentIndexes.Select(i => Lines[i].Percent).ToList();
        if (balanceIndex >= 0)
        {
            shares.Add(100m - shares.Sum());
        }

        var parts = Residual.Split(total, shares);
        if (parts.Length != shares.Count || parts.Any(p => p.Currency != currency || p.IsNegative || !p.IsRounded)
            || parts.Aggregate(Money.Zero(currency), (s, p) => s + p) != total)
        {
            throw new InvalidOperationException($"The residual policy {Residual} returned parts that do not add up to {total}.");
        }

        var result = new Money[Lines.Count];
        for (var k = 0; k < percentIndexes.Count; k++)
        {
            result[percentIndexes[k]] = parts[k];
        }

        for (var i = 0; i < Lines.Count; i++)
        {
            if (Lines[i].Amount is { } amount)
            {
                result[i] = amount;
            }
        }

        if (balanceIndex >= 0)
        {
            var balance = parts[^1] - fixedTotal;
            if (balance.IsNegative)
            {
                throw new ArgumentException($"The total {total} is smaller than the fixed lines ({fixedTotal}) plus the percentages.", nameof(total));
            }

            result[balanceIndex] = balance;
        }

        return result;
    }
}
