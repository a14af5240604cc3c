using System.Collections.Immutable;

namespace Receivables.Aging.Alerts;

/// <summary>A risk alert (风险预警) raised by an <see cref="IAgingAlertRule"/>: who, how bad, the figures behind it and a
/// sentence a person can read.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Rule">The rule's name, such as "OverdueShare".</param>
/// <param name="Severity">The severity.</param>
/// <param name="Customer">The customer (line key) the alert is about.</param>
/// <param name="Currency">The currency of the amounts in <paramref name="Figures"/>.</param>
/// <param name="Figures">The figures behind the alert by name (amounts in <paramref name="Currency"/>, shares 0 to 1, days).</param>
/// <param name="Message">A sentence explaining the alert.</param>
public sealed record AgingAlert(string Rule, AlertSeverity Severity, string Customer, Currency Currency, ImmutableSortedDictionary<string, decimal> Figures, string Message);
