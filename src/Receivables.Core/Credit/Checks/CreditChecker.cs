using System.Globalization;
using Receivables.Internal;

namespace Receivables.Credit.Checks;

/// <summary>
/// The order-time credit check: exposure after the order (open receivables + open orders + this order) against the
/// limit, and the overdue amount and age, for the customer and, when it belongs to one, its group.
/// </summary>
/// <remarks>
/// <para>Rules, for the customer and the group alike (the strictest outcome wins, every reason is kept):</para>
/// <list type="number">
/// <item>A prepaid order is approved (<c>CHECK-PREPAID</c>): no credit is extended.</item>
/// <item>A zero limit requires prepayment (<c>CHECK-NO-CREDIT</c>).</item>
/// <item>Overdue above the tolerance for at least <see cref="CreditCheckOptions.OverduePrepaymentDays"/> requires
/// prepayment (<c>CHECK-OVERDUE-AGE</c>); for at least <see cref="CreditCheckOptions.OverdueHoldDays"/>, or above
/// <see cref="CreditCheckOptions.OverdueHoldAmount"/>, holds (<c>CHECK-OVERDUE-AGE</c>, <c>CHECK-OVERDUE-AMOUNT</c>);
/// for at least <see cref="CreditCheckOptions.OverdueWarningDays"/>, warns (<c>CHECK-OVERDUE</c>).</item>
/// <item>Exposure after the order above the limit holds (<c>CHECK-OVER-LIMIT</c>); at or above
/// <see cref="CreditCheckOptions.WarningUtilisation"/> of it, warns (<c>CHECK-NEAR-LIMIT</c>).</item>
/// </list>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class CreditChecker
{
    private readonly decimal _warnUtilisation;
    private readonly decimal _tolerance;
    private readonly int _warnDays;
    private readonly int _holdDays;
    private readonly decimal? _holdAmount;
    private readonly int _prepayDays;

    private CreditChecker(CreditCheckOptions o)
    {
        _warnUtilisation = o.WarningUtilisation;
        _tolerance = o.OverdueTolerance;
        _warnDays = o.OverdueWarningDays;
        _holdDays = o.OverdueHoldDays;
        _holdAmount = o.OverdueHoldAmount;
        _prepayDays = o.OverduePrepaymentDays;
    }

    /// <summary>Gets a checker with the default thresholds.</summary>
    public static CreditChecker Default { get; } = Create(new CreditCheckOptions());

    /// <summary>Builds a checker, validating the options once; all problems are reported together.</summary>
    /// <param name="options">The thresholds; copied.</param>
    /// <returns>The checker.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">A threshold is negative, the utilisation is not in (0, 1], or the day thresholds
    /// are not in order (warning ≤ hold ≤ prepayment).</exception>
    public static CreditChecker Create(CreditCheckOptions options)
    {
        Guard.NotNull(options);
        var errors = new List<string>();
        if (!(options.WarningUtilisation > 0m && options.WarningUtilisation <= 1m))
        {
            errors.Add("WarningUtilisation must be greater than 0 and at most 1");
        }

        if (options.OverdueTolerance < 0m)
        {
            errors.Add("OverdueTolerance must not be negative");
        }

        if (options.OverdueHoldAmount < 0m)
        {
            errors.Add("OverdueHoldAmount must not be negative");
        }

        if (options.OverdueWarningDays < 1)
        {
            errors.Add("OverdueWarningDays must be at least 1");
        }

        if (!(options.OverdueWarningDays <= options.OverdueHoldDays && options.OverdueHoldDays <= options.OverduePrepaymentDays))
        {
            errors.Add("OverdueWarningDays ≤ OverdueHoldDays ≤ OverduePrepaymentDays is required");
        }

        if (errors.Count > 0)
        {
            throw new ArgumentException("Invalid credit check options: " + string.Join("; ", errors) + ".", nameof(options));
        }

        return new CreditChecker(options);
    }

    /// <summary>Checks an order.</summary>
    /// <param name="order">The order.</param>
    /// <param name="customer">The customer's exposure before the order.</param>
    /// <param name="group">The group's exposure before the order, or null when the customer is in no group.</param>
    /// <returns>The outcome with its reasons.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="order"/> or <paramref name="customer"/> is null.</exception>
    /// <exception cref="CurrencyMismatchException">The order is in another currency than an exposure.</exception>
    public CreditCheckResult Check(CreditOrder order, CreditExposure customer, CreditExposure? group = null)
    {
        Guard.NotNull(order);
        Guard.NotNull(customer);
        var after = customer.Total + order.Amount;
        var groupAfter = group is null ? (Money?)null : group.Total + order.Amount;
        if (order.IsPrepaid)
        {
            return new CreditCheckResult(CreditCheckOutcome.Approve, [new("CHECK-PREPAID", "the order is prepaid, so no credit is extended")], after, groupAfter);
        }

        var findings = new List<(CreditCheckOutcome Outcome, CreditReason Reason)>();
        Evaluate(customer, after, findings);
        if (group is not null)
        {
            Evaluate(group, groupAfter!.Value, findings);
        }

        var ordered = findings.OrderByDescending(f => f.Outcome).ToList();
        var outcome = ordered.Count == 0 ? CreditCheckOutcome.Approve : ordered[0].Outcome;
        return new CreditCheckResult(outcome, [.. ordered.Select(f => f.Reason)], after, groupAfter);
    }

    private void Evaluate(CreditExposure e, Money after, List<(CreditCheckOutcome, CreditReason)> findings)
    {
        var who = e.Subject;
        if (e.Limit.IsZero)
        {
            findings.Add((CreditCheckOutcome.RequirePrepayment, new("CHECK-NO-CREDIT", $"{who} has no credit limit: prepayment only")));
        }
        else if (after > e.Limit)
        {
            findings.Add((CreditCheckOutcome.Hold, new("CHECK-OVER-LIMIT", Text($"{who}: exposure {after.Amount:0.00} after the order exceeds the limit {e.Limit.Amount:0.00} by {(after - e.Limit).Amount:0.00}"))));
        }
        else if (after.Amount >= e.Limit.Amount * _warnUtilisation)
        {
            findings.Add((CreditCheckOutcome.ApproveWithWarning, new("CHECK-NEAR-LIMIT", Text($"{who}: exposure {after.Amount:0.00} after the order uses {after.Amount / e.Limit.Amount:0%} of the limit {e.Limit.Amount:0.00}"))));
        }

        if (e.OverdueAmount.Amount <= _tolerance || e.OldestOverdueDays == 0)
        {
            return;
        }

        var overdue = Text($"{who}: {e.OverdueAmount.Amount:0.00} overdue, the oldest {e.OldestOverdueDays} days");
        if (e.OldestOverdueDays >= _prepayDays)
        {
            findings.Add((CreditCheckOutcome.RequirePrepayment, new("CHECK-OVERDUE-AGE", overdue)));
        }
        else if (e.OldestOverdueDays >= _holdDays)
        {
            findings.Add((CreditCheckOutcome.Hold, new("CHECK-OVERDUE-AGE", overdue)));
        }
        else if (_holdAmount is { } holdAmount && e.OverdueAmount.Amount > holdAmount)
        {
            findings.Add((CreditCheckOutcome.Hold, new("CHECK-OVERDUE-AMOUNT", overdue)));
        }
        else if (e.OldestOverdueDays >= _warnDays)
        {
            findings.Add((CreditCheckOutcome.ApproveWithWarning, new("CHECK-OVERDUE", overdue)));
        }
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
