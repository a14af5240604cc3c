using Receivables.Internal;
namespace Receivables.Aging.Alerts;

/// <summary>A risk alert (风险预警) raised by an <see cref="IAgingAlertRule"/>: who, how bad, and the <see cref="Reason"/>
/// whose code names the rule and whose typed arguments are the figures behind it.</summary>
/// <remarks>The built-in rules use the codes of <see cref="AgingReasonCodes"/> (<c>aging.alert.…</c>); custom rules define
/// their own <see cref="ReasonCode"/>s. Immutable and thread-safe.</remarks>
/// <param name="Severity">The severity.</param>
/// <param name="Customer">The customer (line key) the alert is about.</param>
/// <param name="Currency">The currency of the amounts in <paramref name="Reason"/>.</param>
/// <param name="Reason">Why: the code (test it with <see cref="Reason.Is(ReasonCode)"/>), the figures as arguments and the
/// text (<see cref="Reason.Text"/>, or <see cref="Reason.ToString(IReasonFormatter)"/> with
/// <see cref="ReasonFormatters.Chinese"/>).</param>
public sealed record AgingAlert(AlertSeverity Severity, string Customer, Currency Currency, Reason Reason)
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(AgingAlert), PrintMembers);

    /// <summary>Gets the reason code text, such as <c>aging.alert.overdue-share</c>.</summary>
    public string Code => Reason.Code;
}
