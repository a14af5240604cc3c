using System.Collections.Immutable;
using Receivables.Internal;

namespace Receivables.Reminders;

/// <summary>
/// A message template for a tone and a language, with placeholders: <c>{customer}</c>, <c>{contact}</c>,
/// <c>{date}</c>, <c>{items}</c> (one line per item), <c>{total}</c>, <c>{fee}</c>, <c>{interest}</c>,
/// <c>{level}</c>, <c>{next}</c>, <c>{bank}</c>, <c>{company}</c>.
/// </summary>
/// <remarks>
/// <para>Amounts are written with the explicit pattern <c>#,##0.00</c> (as many decimals as the currency has minor
/// units) and the currency code, and dates as <c>d MMMM yyyy</c> in English or <c>yyyy年M月d日</c> in Chinese, all
/// with the invariant culture: the library runs with invariant globalization, so results are the same on every
/// machine. A language other than <c>zh</c> writes dates the English way.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class ReminderTemplate
{
    /// <summary>The placeholders a template may use.</summary>
    public static readonly ImmutableArray<string> Placeholders = ["customer", "contact", "date", "items", "total", "fee", "interest", "level", "next", "bank", "company"];

    /// <summary>Creates a template.</summary>
    /// <param name="tone">The tone it is for.</param>
    /// <param name="language">The language code (<c>en</c>, <c>zh</c> …).</param>
    /// <param name="subject">The subject line template.</param>
    /// <param name="body">The body template.</param>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    /// <exception cref="ArgumentException">A text is blank, has unbalanced braces or an unknown placeholder (named in
    /// the message).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tone"/> is undefined.</exception>
    public ReminderTemplate(ReminderTone tone, string language, string subject, string body)
    {
        Tone = Guard.Defined(tone);
        Language = Guard.NotBlank(language);
        Subject = Check(Guard.NotBlank(subject), nameof(subject));
        Body = Check(Guard.NotBlank(body), nameof(body));
    }

    /// <summary>Gets the tone.</summary>
    public ReminderTone Tone { get; }

    /// <summary>Gets the language code.</summary>
    public string Language { get; }

    /// <summary>Gets the subject line template.</summary>
    public string Subject { get; }

    /// <summary>Gets the body template.</summary>
    public string Body { get; }

    private static string Check(string template, string field)
    {
        foreach (var name in ReasonCode.Placeholders(template, field))
        {
            if (!Placeholders.Contains(name))
            {
                throw new ArgumentException($"The placeholder '{{{name}}}' is not one of {string.Join(", ", Placeholders)}.", field);
            }
        }

        return template;
    }
}
