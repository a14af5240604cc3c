using Microsoft.Extensions.Options;

namespace Receivables.Extensions.DependencyInjection;

/// <summary>Validates <see cref="ReceivablesOptions"/> by building every engine from them, so the rules are Core's own.
/// Calendars and reminder policies registered in code count as known names.</summary>
internal sealed class ReceivablesOptionsValidator(IOptions<ReceivablesSectionName> section, IEnumerable<NamedCalendar> calendars, IEnumerable<NamedReminderPolicy> reminderPolicies) : IValidateOptions<ReceivablesOptions>
{
    public ValidateOptionsResult Validate(string? name, ReceivablesOptions options)
    {
        var errors = ReceivablesFactory.Validate(options, section.Value.Path, calendars.Select(c => c.Name), reminderPolicies.Select(p => p.Policy));
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
