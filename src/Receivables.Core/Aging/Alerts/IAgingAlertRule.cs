namespace Receivables.Aging.Alerts;

/// <summary>A risk alert rule: looks at an aging (and optional extra facts) and raises alerts. Built-ins are in
/// <see cref="AgingAlertRules"/>; implement this interface for your own.</summary>
/// <remarks>Implementations must be immutable and thread-safe, and must not throw for missing optional facts (return no alerts).</remarks>
public interface IAgingAlertRule
{
    /// <summary>Evaluates the rule.</summary>
    /// <param name="arguments">The aging and the facts the rules may use.</param>
    /// <returns>The alerts raised; empty when none.</returns>
    IReadOnlyList<AgingAlert> Evaluate(in AgingAlertArguments arguments);
}
