using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace Receivables.Cli;

/// <summary>
/// Option parsers that never follow the machine's culture: <c>--amount 1000.50</c> means the same on every machine
/// (a dot for decimals, no thousands separators), whatever LANG or the culture says.
/// </summary>
internal static class CliParsers
{
    /// <summary>Parses a decimal written with a dot, in the invariant culture; false for anything else.</summary>
    public static bool TryParseDecimal(string? text, out decimal value)
        => decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);

    /// <summary>A decimal option parsed with <see cref="TryParseDecimal"/>.</summary>
    public static Option<decimal> DecimalOption(string name) => new(name) { CustomParser = result => Parse(result) ?? 0m };

    /// <summary>An optional decimal option parsed with <see cref="TryParseDecimal"/>.</summary>
    public static Option<decimal?> NullableDecimalOption(string name) => new(name) { CustomParser = Parse };

    /// <summary>Money from an option value, with an error that names the option when it has more decimals than the currency.</summary>
    public static Money Money(decimal amount, Currency currency, string option)
    {
        if (decimal.Round(amount, currency.MinorUnits) != amount)
        {
            throw new UserInputException(
                string.Create(CultureInfo.InvariantCulture, $"{option}: {amount.ToString(CultureInfo.InvariantCulture)} has more decimals than {currency.Code} has ({currency.MinorUnits}); round it to {currency.MinorUnits} decimals."));
        }

        return new Money(amount, currency);
    }

    private static decimal? Parse(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (TryParseDecimal(text, out var value))
        {
            return value;
        }

        result.AddError($"'{text}' is not a number (use a dot for decimals, no thousands separators, e.g. 1250.50).");
        return null;
    }
}
