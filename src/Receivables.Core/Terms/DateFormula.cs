using System.Globalization;
using System.Text;
using Receivables.Internal;

namespace Receivables.Terms;

/// <summary>
/// A date formula compatible with Microsoft Dynamics 365 Business Central's <c>DateFormula</c>: terms applied left to
/// right, each joined by <c>+</c> or <c>-</c>.
/// <list type="bullet">
/// <item><c>nD</c>, <c>nW</c>, <c>nM</c>, <c>nQ</c>, <c>nY</c>: add n days, weeks, months, quarters (3 months) or years
/// (a negative sign subtracts). Months and years keep the day number, clamped to the target month's length
/// (31 January + 1M = 28 or 29 February).</item>
/// <item><c>CW</c>, <c>CM</c>, <c>CQ</c>, <c>CY</c>: go to the end of the current week (Sunday), month, quarter or
/// year; <c>-CW</c>, <c>-CM</c>, <c>-CQ</c>, <c>-CY</c> go to its start (weeks start on Monday).</item>
/// <item><c>Dn</c>: the next day n of a month, on or after the date (n 1 to 31, clamped to the month's length, so D31
/// is 28 or 29 February in February).</item>
/// <item><c>WDn</c>: the next weekday n (1 = Monday … 7 = Sunday), on or after the date; <c>-WDn</c>: the previous
/// weekday n, strictly before the date (Business Central's "last Friday" <c>-WD5</c>: from Friday 13 March 2026 →
/// Friday 6 March).</item>
/// </list>
/// Every number is 0 to <see cref="MaxNumber"/> (100,000); a larger one is a parse error at the number.
/// Examples: <c>30D</c>; <c>CM+30D</c> (month end, then 30 days); <c>30D+CM</c> (30 days, then month end);
/// <c>CM+1M+10D</c>; <c>-CM</c>. Letters are case-insensitive; <see cref="ToString"/> gives the canonical upper-case text.
/// </summary>
/// <remarks>Immutable and thread-safe. Two formulas are equal when they have the same terms in the same order.</remarks>
public sealed class DateFormula : IDueDateRule, IEquatable<DateFormula>
{
    private readonly FormulaStep[] _steps;

    private DateFormula(FormulaStep[] steps)
    {
        _steps = steps;
        Text = Render(steps);
    }

    private enum StepKind
    {
        Offset,
        PeriodEnd,
        PeriodStart,
        DayOfMonth,
        Weekday,
        PreviousWeekday,
    }

    /// <summary>
    /// The largest number a formula term, a notation number (<c>NET n</c>, <c>EOM n</c>, discount days) or a catalogue
    /// rule in <see cref="DueDateRules"/> accepts: 100,000 (about 273 years of days). Larger numbers are refused when
    /// parsed or built; dates that still fall past 9999-12-31 are reported by <see cref="DueDate"/> and
    /// <see cref="PaymentTerm.Schedule"/> as <see cref="ArgumentOutOfRangeException"/> naming the field.
    /// </summary>
    public const int MaxNumber = 100_000;

    /// <summary>Gets the canonical text of the formula, for example <c>CM+1M+10D</c>.</summary>
    public string Text { get; }

    /// <summary>Parses a formula.</summary>
    /// <param name="text">The formula text, for example <c>CM+1M+10D</c>.</param>
    /// <returns>The formula.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="TermsFormatException">The text is not a formula; <see cref="TermsFormatException.Position"/> is the
    /// 1-based position of the first character not understood.</exception>
    public static DateFormula Parse(string text)
    {
        Guard.NotNull(text);
        return TryParse(text, out var formula, out var error) ? formula! : throw error!;
    }

    /// <summary>Parses a formula without throwing on bad text.</summary>
    /// <param name="text">The formula text.</param>
    /// <param name="formula">The formula, or <see langword="null"/> when the text is not one.</param>
    /// <param name="error">The error with its position, or <see langword="null"/> on success.</param>
    /// <returns>Whether the text is a formula.</returns>
    public static bool TryParse(string? text, out DateFormula? formula, out TermsFormatException? error)
    {
        formula = null;
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = new TermsFormatException("A date formula must not be empty (position 1).", 1, string.Empty);
            return false;
        }

        var steps = new List<FormulaStep>();
        var s = text.ToUpperInvariant();
        var i = 0;
        while (i < s.Length)
        {
            var sign = 1;
            var signed = false;
            if (s[i] is '+' or '-')
            {
                sign = s[i] == '-' ? -1 : 1;
                signed = true;
                i++;
            }
            else if (steps.Count > 0)
            {
                error = Error(text, i, "expected '+' or '-' between terms");
                return false;
            }

            if (i >= s.Length)
            {
                error = Error(text, i, "expected a term after the sign");
                return false;
            }

            var start = i;
            if (char.IsAsciiDigit(s[i]))
            {
                var number = ReadNumber(s, ref i);
                if (number is null)
                {
                    error = Error(text, start, "a number may be at most " + MaxNumber.ToString(CultureInfo.InvariantCulture));
                    return false;
                }

                if (i >= s.Length || s[i] is not ('D' or 'W' or 'M' or 'Q' or 'Y'))
                {
                    error = Error(text, i, "expected a unit D, W, M, Q or Y after the number");
                    return false;
                }

                steps.Add(new FormulaStep(StepKind.Offset, sign * number.Value, s[i]));
                i++;
            }
            else if (s[i] == 'C')
            {
                i++;
                if (i >= s.Length || s[i] is not ('W' or 'M' or 'Q' or 'Y'))
                {
                    error = Error(text, i, "expected W, M, Q or Y after C");
                    return false;
                }

                steps.Add(new FormulaStep(sign < 0 ? StepKind.PeriodStart : StepKind.PeriodEnd, 0, s[i]));
                i++;
            }
            else if (s[i] == 'W' && i + 1 < s.Length && s[i + 1] == 'D')
            {
                i += 2;
                if (!TryReadBounded(text, s, ref i, 1, 1, 7, "WD", out var day, out error))
                {
                    return false;
                }

                steps.Add(new FormulaStep(sign < 0 ? StepKind.PreviousWeekday : StepKind.Weekday, day, 'W'));
            }
            else if (s[i] == 'D')
            {
                i++;
                if (!TryReadBounded(text, s, ref i, sign, 1, 31, "D", out var day, out error))
                {
                    return false;
                }

                steps.Add(new FormulaStep(StepKind.DayOfMonth, day, 'D'));
            }
            else
            {
                error = Error(text, i, signed ? "expected a term (nD, CM, Dn, WDn …)" : "expected a term (nD, CM, Dn, WDn …) or a sign");
                return false;
            }
        }

        formula = new DateFormula([.. steps]);
        return true;
    }

    /// <inheritdoc/>
    DateOnly IDueDateRule.DueDate(in DueDateArguments arguments) => DueDate(arguments.Baseline);

    /// <summary>Applies the formula to a date.</summary>
    /// <param name="baseline">The date to start from.</param>
    /// <returns>The resulting date. May be before <paramref name="baseline"/> for formulas with negative terms; payment
    /// schedules clamp such dates to the baseline.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A step or the result falls outside 0001-01-01 to 9999-12-31; the
    /// exception names <paramref name="baseline"/> and gives the formula.</exception>
    public DateOnly DueDate(DateOnly baseline)
    {
        var date = baseline;
        try
        {
            foreach (var step in _steps)
            {
                date = Apply(step, date);
            }
        }
        catch (ArgumentOutOfRangeException)
        {
            throw OutOfRange(baseline);
        }
        catch (OverflowException)
        {
            throw OutOfRange(baseline);
        }

        return date;
    }

    /// <summary>Returns whether the formula is a single <c>nD</c> term, and its number of days.</summary>
    /// <param name="days">The days, or 0.</param>
    /// <returns>Whether the formula is a plain day offset.</returns>
    public bool IsDays(out int days)
    {
        days = _steps.Length == 1 && _steps[0].Kind == StepKind.Offset && _steps[0].Unit == 'D' ? _steps[0].Value : 0;
        return _steps.Length == 1 && _steps[0].Kind == StepKind.Offset && _steps[0].Unit == 'D';
    }

    /// <summary>Returns whether the formula is <c>CM</c> or <c>CM+nD</c> with n above 0 (end of month, then n days), and
    /// n. <c>CM+0D</c> is not: it is a different formula from <c>CM</c> (equal dates, unequal terms), so the notation
    /// writes it as a formula and reads it back unchanged.</summary>
    /// <param name="days">The days after the month end, or 0.</param>
    /// <returns>Whether the formula has that shape.</returns>
    public bool IsEndOfMonthPlusDays(out int days)
    {
        days = 0;
        if (_steps.Length == 0 || _steps[0].Kind != StepKind.PeriodEnd || _steps[0].Unit != 'M')
        {
            return false;
        }

        if (_steps.Length == 1)
        {
            return true;
        }

        if (_steps.Length == 2 && _steps[1].Kind == StepKind.Offset && _steps[1].Unit == 'D' && _steps[1].Value > 0)
        {
            days = _steps[1].Value;
            return true;
        }

        return false;
    }

    /// <inheritdoc />
    public bool Equals(DateFormula? other) => other is not null && _steps.AsSpan().SequenceEqual(other._steps);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DateFormula);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Text);

    /// <summary>Returns the canonical text, for example <c>CM+1M+10D</c>.</summary>
    /// <returns>The text; parsing it gives an equal formula.</returns>
    public override string ToString() => Text;

    internal static DateFormula Days(int days) => new([new FormulaStep(StepKind.Offset, days, 'D')]);

    private ArgumentOutOfRangeException OutOfRange(DateOnly baseline)
        => Guard.OutOfRange(
            nameof(baseline),
            baseline,
            $"The date formula '{Text}' from {baseline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} gives a date outside 0001-01-01 to 9999-12-31.");

    internal static DateFormula Of(string text) => Parse(text);

    private static int? ReadNumber(string s, ref int i)
    {
        long value = 0;
        while (i < s.Length && char.IsAsciiDigit(s[i]))
        {
            value = (value * 10) + (s[i] - '0');
            if (value > MaxNumber)
            {
                return null;
            }

            i++;
        }

        return (int)value;
    }

    private static bool TryReadBounded(string text, string s, ref int i, int sign, int min, int max, string what, out int value, out TermsFormatException? error)
    {
        value = 0;
        error = null;
        var start = i;
        if (sign < 0)
        {
            error = Error(text, start - what.Length, string.Create(CultureInfo.InvariantCulture, $"{what}n cannot be negative"));
            return false;
        }

        if (i >= s.Length || !char.IsAsciiDigit(s[i]))
        {
            error = Error(text, i, string.Create(CultureInfo.InvariantCulture, $"expected a number after {what}"));
            return false;
        }

        var number = ReadNumber(s, ref i);
        if (number is null || number < min || number > max)
        {
            error = Error(text, start, string.Create(CultureInfo.InvariantCulture, $"{what} needs a number from {min} to {max}"));
            return false;
        }

        value = number.Value;
        return true;
    }

    private static TermsFormatException Error(string text, int index, string reason)
    {
        var end = index;
        if (end < text.Length)
        {
            end++;
            while (char.IsAsciiLetterOrDigit(text[end - 1]) && end < text.Length && char.IsAsciiLetterOrDigit(text[end]))
            {
                end++;
            }
        }

        var token = index < text.Length ? text[index..end] : string.Empty;
        var at = index < text.Length ? string.Create(CultureInfo.InvariantCulture, $"'{token}' at position {index + 1}") : string.Create(CultureInfo.InvariantCulture, $"the end (position {index + 1})");
        return new TermsFormatException($"Date formula '{text}': {reason}; found {at}.", index + 1, token);
    }

    private static DateOnly Apply(FormulaStep step, DateOnly date)
    {
        switch (step.Kind)
        {
            case StepKind.Offset:
                return step.Unit switch
                {
                    'D' => date.AddDays(step.Value),
                    'W' => date.AddDays(checked(step.Value * 7)),
                    'M' => date.AddMonths(step.Value),
                    'Q' => date.AddMonths(checked(step.Value * 3)),
                    _ => date.AddYears(step.Value),
                };
            case StepKind.PeriodEnd:
                return step.Unit switch
                {
                    'W' => date.AddDays((7 - (int)date.DayOfWeek) % 7),
                    'M' => new DateOnly(date.Year, date.Month, DateTime.DaysInMonth(date.Year, date.Month)),
                    'Q' => EndOfMonth(date.Year, ((date.Month - 1) / 3 * 3) + 3),
                    _ => new DateOnly(date.Year, 12, 31),
                };
            case StepKind.PeriodStart:
                return step.Unit switch
                {
                    'W' => date.AddDays(-(((int)date.DayOfWeek + 6) % 7)),
                    'M' => new DateOnly(date.Year, date.Month, 1),
                    'Q' => new DateOnly(date.Year, ((date.Month - 1) / 3 * 3) + 1, 1),
                    _ => new DateOnly(date.Year, 1, 1),
                };
            case StepKind.DayOfMonth:
                var inThisMonth = Math.Min(step.Value, DateTime.DaysInMonth(date.Year, date.Month));
                if (date.Day <= inThisMonth)
                {
                    return new DateOnly(date.Year, date.Month, inThisMonth);
                }

                var next = new DateOnly(date.Year, date.Month, 1).AddMonths(1);
                return new DateOnly(next.Year, next.Month, Math.Min(step.Value, DateTime.DaysInMonth(next.Year, next.Month)));
            case StepKind.PreviousWeekday:
                var isoDay = (((int)date.DayOfWeek + 6) % 7) + 1;
                var back = (isoDay - step.Value + 7) % 7;
                return date.AddDays(back == 0 ? -7 : -back);
            default:
                var isoToday = (((int)date.DayOfWeek + 6) % 7) + 1;
                return date.AddDays((step.Value - isoToday + 7) % 7);
        }
    }

    private static DateOnly EndOfMonth(int year, int month) => new(year, month, DateTime.DaysInMonth(year, month));

    private static string Render(FormulaStep[] steps)
    {
        var builder = new StringBuilder();
        for (var k = 0; k < steps.Length; k++)
        {
            var step = steps[k];
            var negative = (step.Kind == StepKind.Offset && step.Value < 0) || step.Kind == StepKind.PeriodStart || step.Kind == StepKind.PreviousWeekday;
            if (negative)
            {
                builder.Append('-');
            }
            else if (k > 0)
            {
                builder.Append('+');
            }

            switch (step.Kind)
            {
                case StepKind.Offset:
                    builder.Append(Math.Abs(step.Value).ToString(CultureInfo.InvariantCulture)).Append(step.Unit);
                    break;
                case StepKind.PeriodEnd:
                case StepKind.PeriodStart:
                    builder.Append('C').Append(step.Unit);
                    break;
                case StepKind.DayOfMonth:
                    builder.Append('D').Append(step.Value.ToString(CultureInfo.InvariantCulture));
                    break;
                default:
                    builder.Append("WD").Append(step.Value.ToString(CultureInfo.InvariantCulture));
                    break;
            }
        }

        return builder.ToString();
    }

    private readonly record struct FormulaStep(StepKind Kind, int Value, char Unit);
}
