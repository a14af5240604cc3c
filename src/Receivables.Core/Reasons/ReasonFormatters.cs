using System.Globalization;
using System.Text;
using Receivables.Internal;

namespace Receivables;

/// <summary>The built-in <see cref="IReasonFormatter"/>s.</summary>
/// <remarks>All members are thread-safe.</remarks>
public static class ReasonFormatters
{
    /// <summary>Gets the default formatter: the code's English template with arguments in the invariant culture
    /// (dates <c>yyyy-MM-dd</c>, money <c>1234.50 EUR</c>, numbers without grouping).</summary>
    public static IReasonFormatter Invariant { get; } = new TemplateFormatter(static code => code.Template, CultureInfo.InvariantCulture);

    /// <summary>Gets the Chinese formatter: the code's Chinese template where it has one, else the English one, with
    /// arguments in the invariant culture.</summary>
    public static IReasonFormatter Chinese { get; } = new TemplateFormatter(static code => code.ChineseTemplate ?? code.Template, CultureInfo.InvariantCulture);

    /// <summary>Creates a formatter from a host's templates by code (for example loaded from a resource file), falling
    /// back to another formatter for codes it does not have.</summary>
    /// <param name="templates">Templates by code text; each must use the code's own placeholders.</param>
    /// <param name="culture">The culture for numbers and dates, or <see langword="null"/> for the invariant culture.</param>
    /// <param name="fallback">The formatter for other codes, or <see langword="null"/> for <see cref="Invariant"/>.</param>
    /// <returns>The formatter.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="templates"/> is null.</exception>
    /// <exception cref="ArgumentException">A template is malformed.</exception>
    public static IReasonFormatter FromTemplates(IReadOnlyDictionary<string, string> templates, CultureInfo? culture = null, IReasonFormatter? fallback = null)
    {
        Guard.NotNull(templates);
        var copy = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (code, template) in templates)
        {
            ReasonCode.Placeholders(Guard.NotNull(template, nameof(templates)), nameof(templates));
            copy[code] = template;
        }

        return new TableFormatter(copy, culture ?? CultureInfo.InvariantCulture, fallback ?? Invariant);
    }

    /// <summary>Writes a template with a reason's arguments.</summary>
    /// <param name="template">The template with <c>{name}</c> placeholders.</param>
    /// <param name="reason">The reason whose arguments fill the placeholders.</param>
    /// <param name="culture">The culture for numbers and dates.</param>
    /// <returns>The text; a placeholder without an argument is left as written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string Write(string template, Reason reason, CultureInfo culture) => Write(template, reason, culture, Invariant);

    /// <summary>Writes a template with a reason's arguments; arguments that are reasons themselves are written with
    /// <paramref name="nested"/>, so a translation covers a whole explanation.</summary>
    /// <param name="template">The template with <c>{name}</c> placeholders.</param>
    /// <param name="reason">The reason whose arguments fill the placeholders.</param>
    /// <param name="culture">The culture for numbers and dates.</param>
    /// <param name="nested">The formatter for arguments that are reasons.</param>
    /// <returns>The text; a placeholder without an argument is left as written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string Write(string template, Reason reason, CultureInfo culture, IReasonFormatter nested)
    {
        Guard.NotNull(nested);
        Guard.NotNull(template);
        Guard.NotNull(reason);
        Guard.NotNull(culture);
        var text = new StringBuilder(template.Length + 32);
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            if (open < 0)
            {
                text.Append(template, i, template.Length - i);
                break;
            }

            var close = template.IndexOf('}', open + 1);
            if (close < 0)
            {
                text.Append(template, i, template.Length - i);
                break;
            }

            text.Append(template, i, open - i);
            var name = template.AsSpan(open + 1, close - open - 1);
            if (reason.Value(name) is { } value)
            {
                text.Append(value is Reason inner ? inner.ToString(nested) : TextOf(value, culture));
            }
            else
            {
                text.Append(template, open, close - open + 1);
            }

            i = close + 1;
        }

        return text.ToString();
    }

    internal static string InvariantText(object? value) => TextOf(value, CultureInfo.InvariantCulture);

    private static string TextOf(object? value, CultureInfo culture) => value switch
    {
        null => string.Empty,
        string s => s,
        Reason r => r.Text,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Money m when ReferenceEquals(culture, CultureInfo.InvariantCulture) => m.ToString(null, CultureInfo.InvariantCulture),
        Money m => m.Amount.ToString("N" + m.Currency.MinorUnits.ToString(CultureInfo.InvariantCulture), culture) + " " + m.Currency.Code,
        double x => x.ToString("0.####", culture),
        float x => x.ToString("0.####", culture),
        IFormattable f => f.ToString(null, culture),
        _ => value.ToString() ?? string.Empty,
    };

    private sealed class TemplateFormatter(Func<ReasonCode, string> template, CultureInfo culture) : IReasonFormatter
    {
        public string Format(in ReasonFormatArguments arguments)
            => Write(template(arguments.Reason.Definition), arguments.Reason, culture, this);
    }

    private sealed class TableFormatter(Dictionary<string, string> templates, CultureInfo culture, IReasonFormatter fallback) : IReasonFormatter
    {
        public string Format(in ReasonFormatArguments arguments)
            => templates.TryGetValue(arguments.Reason.Code, out var template)
                ? Write(template, arguments.Reason, culture, this)
                : fallback.Format(arguments);
    }
}
