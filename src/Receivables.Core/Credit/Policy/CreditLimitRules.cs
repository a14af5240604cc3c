using System.Globalization;
using Receivables.Internal;

namespace Receivables.Credit.Policy;

/// <summary>
/// The built-in credit-limit rules. Computed limits are rounded down to whole currency units. Statement figures are
/// taken to be in the profile's currency.
/// </summary>
/// <remarks>Each limit carries its basis as a <see cref="Reason"/> (<c>credit.limit.…</c> codes in
/// <see cref="CreditReasonCodes"/>). The default rule of <see cref="CreditPolicies.Default"/> is, per grade,
/// <see cref="FirstAvailable"/> of a share of equity, a multiple of monthly purchases and a fixed amount.
/// This type is stateless and thread-safe; the rules it returns are immutable and thread-safe.</remarks>
public static class CreditLimitRules
{
    /// <summary>A fixed limit; its currency must be the profile's.</summary>
    /// <param name="amount">The limit, zero or more.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is negative.</exception>
    /// <remarks>Computing throws <see cref="CurrencyMismatchException"/> when the profile uses another currency.</remarks>
    public static ICreditLimitRule Fixed(Money amount)
    {
        if (amount.IsNegative)
        {
            throw Guard.OutOfRange(nameof(amount), amount, "amount must not be negative.");
        }

        return new Rule(a =>
        {
            if (a.Profile.Currency != amount.Currency)
            {
                throw new CurrencyMismatchException(a.Profile.Currency, amount.Currency);
            }

            return new CreditLimit(amount, CreditReasonCodes.LimitFixed.With(amount));
        });
    }

    /// <summary>A share of the customer's book equity (0 when equity is negative); null without statements or equity.</summary>
    /// <param name="share">The share, 0 to 1.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="share"/> is not between 0 and 1.</exception>
    public static ICreditLimitRule ShareOfEquity(decimal share) => Share(share, CreditReasonCodes.LimitShareOfEquity, s => s.BookEquity);

    /// <summary>A share of the customer's annual sales; null without statements or sales.</summary>
    /// <param name="share">The share, 0 to 1.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="share"/> is not between 0 and 1.</exception>
    public static ICreditLimitRule ShareOfSales(decimal share) => Share(share, CreditReasonCodes.LimitShareOfSales, s => s.Sales);

    /// <summary>A multiple of the customer's average monthly purchases over the last 12 months; null when unknown or zero.</summary>
    /// <param name="multiple">The multiple, zero or more (2 = two months of purchases).</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="multiple"/> is negative.</exception>
    public static ICreditLimitRule MultipleOfMonthlyPurchases(decimal multiple)
    {
        Guard.NotNegative(multiple);
        return new Rule(a => a.Profile.AverageMonthlyPurchases is { IsPositive: true } monthly
            ? new CreditLimit(Floor(monthly * multiple), CreditReasonCodes.LimitMonthlyPurchases.With(multiple, monthly.Round()))
            : null);
    }

    /// <summary>The first rule that has its data, such as a share of equity, else two months of purchases, else a fixed amount.</summary>
    /// <param name="rules">The rules, in order of preference.</param>
    /// <returns>The rule; null when none has its data.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> or one of them is null.</exception>
    public static ICreditLimitRule FirstAvailable(params IReadOnlyList<ICreditLimitRule> rules)
    {
        Guard.NotNull(rules);
        var copy = rules.Select((r, i) => r ?? throw new ArgumentNullException(string.Create(CultureInfo.InvariantCulture, $"rules[{i}]"))).ToArray();
        return new Rule(a =>
        {
            foreach (var rule in copy)
            {
                if (rule.Compute(a) is { } limit)
                {
                    return limit;
                }
            }

            return null;
        });
    }

    private static Rule Share(decimal share, ReasonCode code, Func<FinancialStatements, decimal?> figure)
    {
        if (share < 0m || share > 1m)
        {
            throw Guard.OutOfRange(nameof(share), share, "share must be between 0 and 1.");
        }

        return new Rule(a => a.Profile.Statements is { } s && figure(s) is { } value
            ? new CreditLimit(
                Floor(new Money(Math.Max(0m, value) * share, a.Profile.Currency)),
                code.With(share, value))
            : null);
    }

    private static Money Floor(Money m) => new(Math.Floor(m.Amount), m.Currency);

    private sealed class Rule(Func<CreditLimitArguments, CreditLimit?> compute) : ICreditLimitRule
    {
        public CreditLimit? Compute(in CreditLimitArguments arguments) => compute(arguments);
    }
}
