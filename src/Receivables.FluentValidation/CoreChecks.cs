using System.Globalization;
using FluentValidation;
using FluentValidation.Results;

namespace Receivables.FluentValidation;

/// <summary>
/// Runs Receivables.Core's own checks inside FluentValidation rules, so a validator never keeps a second copy of a
/// rule: field rules call Core's value constructors (ids, currencies, money), and the last rule of each validator builds
/// the Core object and reports what Core refused under the property it names.
/// </summary>
internal static class CoreChecks
{
    public static bool IsId(string? value) => Succeeds(() => _ = new DocumentId(value!));

    public static bool IsCurrency(string? code) => Currency.TryFromCode(code, out _);

    public static bool IsInMinorUnits(decimal amount, string? code)
        => !Currency.TryFromCode(code, out var currency) || new Money(amount, currency).IsRounded;

    public static string MinorUnitsMessage(string? code)
        => Currency.TryFromCode(code, out var currency)
            ? string.Create(CultureInfo.InvariantCulture, $"has more decimals than {currency.Code} has minor units ({currency.MinorUnits}).")
            : "has more decimals than its currency allows.";

    /// <summary>Core's refusal of an amount for a kind of document, found by building a probe document with every other
    /// field valid; <see langword="null"/> when Core accepts it (or the currency is unknown, reported elsewhere).</summary>
    public static string? AmountError(Ledger.DocumentKind kind, decimal amount, string? code)
    {
        if (!Currency.TryFromCode(code, out var currency))
        {
            return null;
        }

        var money = new Money(amount, currency);
        var id = new DocumentId("probe");
        var customer = new CustomerId("probe");
        var day = new DateOnly(2000, 1, 1);
        try
        {
            _ = kind == Ledger.DocumentKind.Adjustment
                ? Ledger.Document.Adjustment(id, customer, money, day)
                : Ledger.Document.Invoice(id, customer, money, day, day);
            return null;
        }
        catch (ArgumentException e)
        {
            return Plain(e.Message).Replace("probe", "the document", StringComparison.Ordinal);
        }
    }

    /// <summary>Adds Core's refusal of the built object as a failure on the property it names.</summary>
    public static void Build<T>(ValidationContext<T> context, Action build, IReadOnlyDictionary<string, string> properties)
    {
        try
        {
            build();
        }
        catch (ArgumentException e)
        {
            var property = e.ParamName is { } name && properties.TryGetValue(name, out var mapped) ? mapped : e.ParamName ?? string.Empty;
            context.AddFailure(new ValidationFailure(context.PropertyChain.BuildPropertyPath(property), Plain(e.Message)) { ErrorCode = "Receivables.Core" });
        }
        catch (Exception e) when (e is FormatException or InvalidOperationException)
        {
            context.AddFailure(new ValidationFailure(context.PropertyChain.BuildPropertyPath(string.Empty), e.Message) { ErrorCode = "Receivables.Core" });
        }
    }

    /// <summary>What Core refuses when it builds something (a probe that sets one field), in plain words;
    /// <see langword="null"/> when Core accepts it.</summary>
    public static string? Refusal<T>(Func<T> build) => Refusal(() => { _ = build(); });

    /// <summary>What Core refuses when it runs a check, in plain words; <see langword="null"/> when Core accepts it.</summary>
    public static string? Refusal(Action build)
    {
        try
        {
            build();
            return null;
        }
        catch (ArgumentException e)
        {
            return Plain(e.Message);
        }
    }

    /// <summary>Runs a Core builder that collects every error of a set of options and reports each error
    /// (<see cref="Reminders.ReminderOptionsException.Errors"/>, each starting with its field) under that field, after
    /// removing <paramref name="prefix"/> (the path of a probe that wraps the options being validated).</summary>
    public static void ReportOptionErrors<T>(ValidationContext<T> context, Action build, string? prefix = null)
    {
        try
        {
            build();
        }
        catch (Reminders.ReminderOptionsException e)
        {
            foreach (var error in e.Errors)
            {
                var text = prefix is not null && error.StartsWith(prefix, StringComparison.Ordinal) ? error[prefix.Length..] : error;
                context.AddFailure(new ValidationFailure(context.PropertyChain.BuildPropertyPath(FieldOf(text)), text) { ErrorCode = "Receivables.Core" });
            }
        }
    }

    /// <summary>The field an error of Core's options starts with: <c>Levels[1].GraceDays = -1 must …</c> →
    /// <c>Levels[1].GraceDays</c>; <c>Rates[XXX]: …</c> → <c>Rates[XXX]</c>.</summary>
    public static string FieldOf(string error)
    {
        var end = error.IndexOfAny([' ', ':']);
        return end < 0 ? error : error[..end];
    }

    private static bool Succeeds(Action action)
    {
        try
        {
            action();
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static string Plain(string message)
    {
        var cut = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
        return cut >= 0 ? message[..cut] : message;
    }
}
