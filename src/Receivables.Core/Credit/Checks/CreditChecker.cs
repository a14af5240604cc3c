using System.Collections.Immutable;
using System.Globalization;
using Receivables.Internal;

namespace Receivables.Credit.Checks;

/// <summary>
/// The order-time credit check: a composition of <see cref="ICreditCheckRule"/>s applied to the customer's exposure
/// and, when it belongs to one, its group's. The strictest finding decides; every finding is kept.
/// </summary>
/// <remarks>
/// <para>A prepaid order is approved before any rule runs (<see cref="CreditReasonCodes.CheckPrepaid"/>): no credit is
/// extended. The default rules (<see cref="CreditCheckRules.Default"/>) are the limit (zero limit → prepayment, over the
/// limit → hold, from 90% → warning) and the overdue figures (from 90 days → prepayment, from 30 days → hold, from
/// 1 day → warning).</para>
/// <para>Created once with <see cref="Create"/>; immutable and thread-safe.</para>
/// </remarks>
public sealed class CreditChecker
{
    private CreditChecker(ImmutableArray<ICreditCheckRule> rules) => Rules = rules;

    /// <summary>Gets a checker with the default rules.</summary>
    public static CreditChecker Default { get; } = Create(new CreditCheckOptions());

    /// <summary>Gets the rules, in the order they run.</summary>
    public ImmutableArray<ICreditCheckRule> Rules { get; }

    /// <summary>Builds a checker, validating the options once. The one way to create a checker (decision 402).</summary>
    /// <param name="options">The rules; copied. Null gives the default rules.</param>
    /// <returns>The checker.</returns>
    /// <exception cref="ArgumentException">A rule is null; every one is listed.</exception>
    public static CreditChecker Create(CreditCheckOptions? options = null)
    {
        options ??= new CreditCheckOptions();
        var rules = options.Rules.ToImmutableArray();
        var errors = rules.Select((r, i) => (r, i)).Where(x => x.r is null).Select(x => string.Create(CultureInfo.InvariantCulture, $"Rules[{x.i}] is null")).ToList();
        if (errors.Count > 0)
        {
            throw new ArgumentException("Invalid credit check options: " + string.Join("; ", errors) + ".", nameof(options));
        }

        return new CreditChecker(rules);
    }

    /// <summary>Checks an order.</summary>
    /// <param name="order">The order.</param>
    /// <param name="customer">The customer's exposure before the order.</param>
    /// <param name="group">The group's exposure before the order, or null when the customer is in no group.</param>
    /// <returns>The outcome with its findings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="order"/> or <paramref name="customer"/> is null.</exception>
    /// <exception cref="CurrencyMismatchException">The order is in another currency than an exposure.</exception>
    public CreditCheckResult Check(CreditOrder order, CreditExposure customer, CreditExposure? group = null)
    {
        Guard.NotNull(order);
        Guard.NotNull(customer);
        var own = new CreditCheckArguments(order, customer);
        CreditCheckArguments? ofGroup = group is null ? null : new CreditCheckArguments(order, group, isGroup: true);
        if (order.IsPrepaid)
        {
            return new CreditCheckResult(CreditCheckOutcome.Approve, [new(CreditCheckOutcome.Approve, CreditReasonCodes.CheckPrepaid.With())], own.ExposureAfter, ofGroup?.ExposureAfter);
        }

        var findings = new List<CreditCheckFinding>();
        Run(own, findings);
        if (ofGroup is { } g)
        {
            Run(g, findings);
        }

        // A stable sort: equally strict findings keep the order of rules, the customer's before the group's.
        var ordered = findings.OrderByDescending(f => f.Outcome).ToList();
        var outcome = ordered.Count == 0 ? CreditCheckOutcome.Approve : ordered[0].Outcome;
        return new CreditCheckResult(outcome, ordered, own.ExposureAfter, ofGroup?.ExposureAfter);
    }

    private void Run(in CreditCheckArguments arguments, List<CreditCheckFinding> findings)
    {
        foreach (var rule in Rules)
        {
            if (rule.Check(arguments) is { } finding)
            {
                findings.Add(finding);
            }
        }
    }
}
