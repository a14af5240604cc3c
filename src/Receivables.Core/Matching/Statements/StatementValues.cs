using System.Globalization;
using System.Text.RegularExpressions;

namespace Receivables.Matching.Statements;

/// <summary>Strict parsing of the values statement files carry: amounts, ISO dates and date-times.</summary>
internal static partial class StatementValues
{
    /// <summary>The most digits an ISO 20022 amount has (totalDigits 18).</summary>
    public const int MaxAmountDigits = 18;

    /// <summary>The most decimals an ISO 20022 amount has (fractionDigits 5).</summary>
    public const int MaxAmountDecimals = 5;

    /// <summary>China Standard Time (UTC+8), the time of the wallet bills.</summary>
    public static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    /// <summary>Parses an unsigned ISO 20022 amount; null with the problem when it is not one or has more decimals
    /// than the currency.</summary>
    public static decimal? Amount(string text, Currency currency, bool allowSign, out string? problem)
    {
        var trimmed = text.Trim();
        var match = AmountPattern().Match(trimmed);
        if (!match.Success || (!allowSign && match.Groups[1].Length > 0))
        {
            problem = $"'{text}' is not an amount (digits with a dot, at most {MaxAmountDigits} digits, {MaxAmountDecimals} of them decimals{(allowSign ? string.Empty : ", no sign")})";
            return null;
        }

        var whole = match.Groups[2].Value;
        var fraction = match.Groups[3].Success ? match.Groups[3].Value[1..] : string.Empty;
        if (whole.Length + fraction.Length > MaxAmountDigits || fraction.Length > MaxAmountDecimals)
        {
            problem = $"'{text}' has more than {MaxAmountDigits} digits or {MaxAmountDecimals} decimals";
            return null;
        }

        var value = decimal.Parse(trimmed, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        if (!Arithmetic.IsWhole(value, currency.MinorUnits))
        {
            problem = string.Create(CultureInfo.InvariantCulture, $"'{text}' has more decimals than {currency.Code} allows ({currency.MinorUnits})");
            return null;
        }

        problem = null;
        return value;
    }

    /// <summary>Parses an ISO date <c>yyyy-MM-dd</c> (an xs:date time-zone suffix is allowed and ignored).</summary>
    public static DateOnly? Date(string text)
    {
        var match = DatePattern().Match(text.Trim());
        return match.Success && DateOnly.TryParseExact(match.Groups[1].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
    }

    /// <summary>Parses an ISO 8601 date-time <c>yyyy-MM-ddTHH:mm:ss[.f][Z|±hh:mm]</c> and gives its date: as written
    /// when there is no offset or no time zone, else in the time zone.</summary>
    public static DateOnly? DateTimeDate(string text, TimeZoneInfo? zone)
    {
        var match = DateTimePattern().Match(text.Trim());
        if (!match.Success || !DateOnly.TryParseExact(match.Groups[1].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return null;
        }

        var hour = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        var minute = int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture);
        var second = int.Parse(match.Groups[4].Value, CultureInfo.InvariantCulture);
        if (hour > 23 || minute > 59 || second > 59)
        {
            return null;
        }

        TimeSpan? offset = null;
        if (match.Groups[6].Success)
        {
            var zoneText = match.Groups[6].Value;
            if (zoneText == "Z")
            {
                offset = TimeSpan.Zero;
            }
            else
            {
                var hours = int.Parse(zoneText.AsSpan(1, 2), CultureInfo.InvariantCulture);
                var minutes = int.Parse(zoneText.AsSpan(4, 2), CultureInfo.InvariantCulture);
                if (hours > 14 || minutes > 59 || (hours == 14 && minutes > 0))
                {
                    return null;
                }

                offset = new TimeSpan(hours, minutes, 0) * (zoneText[0] == '-' ? -1 : 1);
            }
        }

        return offset is { } known ? InZone(date.ToDateTime(new TimeOnly(hour, minute, second)), known, zone) : date;
    }

    /// <summary>The date of a local time with a known offset, in the zone (or as written when there is no zone).</summary>
    public static DateOnly InZone(DateTime local, TimeSpan offset, TimeZoneInfo? zone)
        => zone is null ? DateOnly.FromDateTime(local) : DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(new DateTimeOffset(local, offset), zone).DateTime);

    [GeneratedRegex(@"^([+-]?)([0-9]+)(\.[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex AmountPattern();

    [GeneratedRegex(@"^([0-9]{4}-[0-9]{2}-[0-9]{2})(Z|[+-][0-9]{2}:[0-9]{2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"^([0-9]{4}-[0-9]{2}-[0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})(\.[0-9]{1,9})?(Z|[+-][0-9]{2}:[0-9]{2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex DateTimePattern();
}
