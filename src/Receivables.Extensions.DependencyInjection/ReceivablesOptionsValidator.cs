using Microsoft.Extensions.Options;

namespace Receivables.Extensions.DependencyInjection;

/// <summary>Validates <see cref="ReceivablesOptions"/> by building every engine from them, so the rules are Core's own.</summary>
internal sealed class ReceivablesOptionsValidator(IOptions<ReceivablesSectionName> section) : IValidateOptions<ReceivablesOptions>
{
    public ValidateOptionsResult Validate(string? name, ReceivablesOptions options)
    {
        var errors = ReceivablesFactory.Validate(options, section.Value.Path);
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
