namespace Receivables.Credit.Checks;

/// <summary>The rules of the order-time credit check (<see cref="CreditChecker"/>).</summary>
/// <remarks>Validated once by <see cref="CreditChecker.Create"/>, which copies the list; later changes have no effect.
/// Not thread-safe while being filled in.</remarks>
public sealed class CreditCheckOptions
{
    /// <summary>Gets the rules, applied to the customer's exposure and then to its group's.</summary>
    /// <value>The default value is <see cref="CreditCheckRules.Default"/>: <see cref="CreditCheckRules.Limit"/> with a
    /// 90% warning and <see cref="CreditCheckRules.Overdue"/> with warning at 1 day, hold at 30 days, prepayment at 90
    /// days, no amount threshold and no tolerance.</value>
    public IList<ICreditCheckRule> Rules { get; } = [.. CreditCheckRules.Default];
}
