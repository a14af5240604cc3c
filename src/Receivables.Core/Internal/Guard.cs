using System.Globalization;
using System.Runtime.CompilerServices;

namespace Receivables.Internal;

/// <summary>The one argument-checking helper used by every public entry point.</summary>
internal static class Guard
{
    /// <summary>
    /// An <see cref="ArgumentOutOfRangeException"/> whose "Actual value was …" part is written in the invariant culture
    /// (dates as yyyy-MM-dd): the exception formats its actual value with the current culture, which gave Hijri years
    /// under ar-SA and "30.01.2026" under de-DE. Use it instead of the three-argument constructor.
    /// </summary>
    public static ArgumentOutOfRangeException OutOfRange(string? paramName, object? actualValue, string message)
        => new(paramName, actualValue switch
        {
            DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => actualValue,
        }, message);

    public static T NotNull<T>(T? value, [CallerArgumentExpression(nameof(value))] string? name = null)
        where T : class
        => value ?? throw new ArgumentNullException(name);

    public static string NotBlank(string? value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (value is null)
        {
            throw new ArgumentNullException(name);
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"{name} must not be empty or white space.", name);
        }

        return value;
    }

    /// <summary>Checks that an amount has a currency and no more decimals than its currency's minor units: the one
    /// form of this check in the library.</summary>
    public static Money RoundedMoney(Money value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (value.Currency.IsDefault)
        {
            throw new ArgumentException($"{name} needs a currency.", name);
        }

        if (!value.IsRounded)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{name} ({value}) has more decimals than {value.Currency.Code} has minor units ({value.Currency.MinorUnits})."), name);
        }

        return value;
    }

    public static int NotNegative(int value, [CallerArgumentExpression(nameof(value))] string? name = null)
        => value >= 0 ? value : throw new ArgumentOutOfRangeException(name, value, $"{name} must not be negative.");

    public static int Positive(int value, [CallerArgumentExpression(nameof(value))] string? name = null)
        => value > 0 ? value : throw new ArgumentOutOfRangeException(name, value, $"{name} must be greater than zero.");

    public static decimal NotNegative(decimal value, [CallerArgumentExpression(nameof(value))] string? name = null)
        => value >= 0m ? value : throw new ArgumentOutOfRangeException(name, value, $"{name} must not be negative.");

    public static decimal Positive(decimal value, [CallerArgumentExpression(nameof(value))] string? name = null)
        => value > 0m ? value : throw new ArgumentOutOfRangeException(name, value, $"{name} must be greater than zero.");

    public static int InRange(int value, int min, int max, [CallerArgumentExpression(nameof(value))] string? name = null)
        => value >= min && value <= max
            ? value
            : throw new ArgumentOutOfRangeException(name, value, string.Create(CultureInfo.InvariantCulture, $"{name} must be between {min} and {max}."));

    public static T Defined<T>(T value, [CallerArgumentExpression(nameof(value))] string? name = null)
        where T : struct, Enum
        => Enum.IsDefined(value)
            ? value
            : throw new ArgumentOutOfRangeException(name, value, $"{name} is not a defined {typeof(T).Name} value.");
}
