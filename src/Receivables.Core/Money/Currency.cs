using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using Receivables.Internal;

namespace Receivables;

/// <summary>
/// A currency: an ISO 4217 code with the number of minor-unit digits it is settled in
/// (JPY 0, EUR 2, KWD 3), or a currency the caller defines explicitly (a loyalty point, a crypto unit).
/// </summary>
/// <remarks>
/// <para>Two currencies are equal when their codes and minor units are equal (ordinal comparison of the code).</para>
/// <para><c>default(Currency)</c> is not a currency: <see cref="IsDefault"/> is true, <see cref="Code"/> is empty, and
/// every <see cref="Money"/> operation rejects it.</para>
/// <para>ISO codes come from the built-in table of ISO 4217 List One (currencies and funds in circulation, with minor
/// units; precious metals, SDR and test codes, which have no minor units, are not included). Custom currencies are
/// never registered anywhere: there is no global mutable state, so two callers cannot disturb each other.</para>
/// <para>This type is an immutable value type and is thread-safe.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.CurrencyJsonConverter))]
public readonly struct Currency : IEquatable<Currency>
{
    /// <summary>The largest number of minor-unit digits a currency may have.</summary>
    public const int MaxMinorUnits = 18;

    // ISO 4217 List One, minor units as published by the maintenance agency (SIX). Codes with "N.A." minor units
    // (XAU, XAG, XPD, XPT, XDR, XSU, XUA, XBA-XBD, XTS, XXX) are left out: receivables are never stated in them.
    private const string IsoList =
        "AED2 AFN2 ALL2 AMD2 ANG2 AOA2 ARS2 AUD2 AWG2 AZN2 BAM2 BBD2 BDT2 BGN2 BHD3 BIF0 BMD2 BND2 BOB2 BOV2 BRL2 BSD2 " +
        "BTN2 BWP2 BYN2 BZD2 CAD2 CDF2 CHE2 CHF2 CHW2 CLF4 CLP0 CNY2 COP2 COU2 CRC2 CUP2 CVE2 CZK2 DJF0 DKK2 DOP2 DZD2 " +
        "EGP2 ERN2 ETB2 EUR2 FJD2 FKP2 GBP2 GEL2 GHS2 GIP2 GMD2 GNF0 GTQ2 GYD2 HKD2 HNL2 HTG2 HUF2 IDR2 ILS2 INR2 IQD3 " +
        "IRR2 ISK0 JMD2 JOD3 JPY0 KES2 KGS2 KHR2 KMF0 KPW2 KRW0 KWD3 KYD2 KZT2 LAK2 LBP2 LKR2 LRD2 LSL2 LYD3 MAD2 MDL2 " +
        "MGA2 MKD2 MMK2 MNT2 MOP2 MRU2 MUR2 MVR2 MWK2 MXN2 MXV2 MYR2 MZN2 NAD2 NGN2 NIO2 NOK2 NPR2 NZD2 OMR3 PAB2 PEN2 " +
        "PGK2 PHP2 PKR2 PLN2 PYG0 QAR2 RON2 RSD2 RUB2 RWF0 SAR2 SBD2 SCR2 SDG2 SEK2 SGD2 SHP2 SLE2 SOS2 SRD2 SSP2 STN2 " +
        "SVC2 SYP2 SZL2 THB2 TJS2 TMT2 TND3 TOP2 TRY2 TTD2 TWD2 TZS2 UAH2 UGX0 USD2 USN2 UYI0 UYU2 UYW4 UZS2 VED2 VES2 " +
        "VND0 VUV0 WST2 XAF0 XCD2 XCG2 XOF0 XPF0 YER2 ZAR2 ZMW2 ZWG2";

    private static readonly FrozenDictionary<string, Currency> IsoTable = IsoList
        .Split(' ', StringSplitOptions.RemoveEmptyEntries)
        .Select(entry => new Currency(entry[..3], entry[3] - '0', isIso: true))
        .ToFrozenDictionary(c => c.Code, StringComparer.Ordinal);

    // One reference, so that a Currency is the size of a pointer and a Money 24 bytes: money is held by the million
    // in ledgers, open items, reports and match results. ISO currencies share one instance each.
    private readonly Definition? _definition;

    private Currency(string code, int minorUnits, bool isIso)
    {
        _definition = new Definition(code, (byte)minorUnits, isIso);
    }

    /// <summary>Gets the currency code, such as <c>"EUR"</c>; empty for <c>default(Currency)</c>.</summary>
    public string Code => _definition?.Code ?? string.Empty;

    /// <summary>Gets the number of decimal digits of the minor unit: 2 for EUR (cents), 0 for JPY, 3 for KWD (fils).</summary>
    public int MinorUnits => _definition?.MinorUnits ?? 0;

    /// <summary>Gets the smallest amount the currency settles in: 0.01 for EUR, 1 for JPY, 0.001 for KWD.</summary>
    public decimal MinorUnit => Pow10Inverse(MinorUnits);

    /// <summary>Gets a value indicating whether this is an ISO 4217 currency from the built-in table.</summary>
    public bool IsIso => _definition?.IsIso ?? false;

    /// <summary>Gets a value indicating whether this is <c>default(Currency)</c>, which is not a usable currency.</summary>
    public bool IsDefault => _definition is null;

    /// <summary>Gets every ISO 4217 currency of the built-in table, ordered by code.</summary>
    public static IReadOnlyList<Currency> All { get; } = [.. IsoTable.Values.OrderBy(c => c.Code, StringComparer.Ordinal)];

    /// <summary>The euro (EUR, 2 minor units).</summary>
    public static Currency EUR => IsoTable["EUR"];

    /// <summary>The US dollar (USD, 2 minor units).</summary>
    public static Currency USD => IsoTable["USD"];

    /// <summary>The Chinese yuan renminbi (CNY, 2 minor units).</summary>
    public static Currency CNY => IsoTable["CNY"];

    /// <summary>The pound sterling (GBP, 2 minor units).</summary>
    public static Currency GBP => IsoTable["GBP"];

    /// <summary>The Japanese yen (JPY, 0 minor units).</summary>
    public static Currency JPY => IsoTable["JPY"];

    /// <summary>Returns the ISO 4217 currency with the given code.</summary>
    /// <param name="code">A three-letter ISO 4217 code. Case matters: <c>"eur"</c> is not a code.</param>
    /// <returns>The currency.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="UnknownCurrencyException"><paramref name="code"/> is not in the ISO 4217 table.</exception>
    public static Currency FromCode(string code)
    {
        Guard.NotNull(code);
        return TryFromCode(code, out var currency) ? currency : throw new UnknownCurrencyException(code, nameof(code));
    }

    /// <summary>Looks up an ISO 4217 currency without throwing.</summary>
    /// <param name="code">A three-letter ISO 4217 code; null or unknown codes give false.</param>
    /// <param name="currency">The currency when found; otherwise <c>default</c>.</param>
    /// <returns>True when <paramref name="code"/> is a known ISO 4217 code.</returns>
    public static bool TryFromCode([NotNullWhen(true)] string? code, out Currency currency)
    {
        if (code is not null && IsoTable.TryGetValue(code, out currency))
        {
            return true;
        }

        currency = default;
        return false;
    }

    /// <summary>
    /// Defines a currency that is not in ISO 4217, such as loyalty points or a crypto unit. The currency is a plain
    /// value: nothing is registered, and <see cref="FromCode"/> does not find it.
    /// </summary>
    /// <param name="code">1 to 16 characters, ASCII letters, digits, '-' or '_'; it must not be an ISO 4217 code.</param>
    /// <param name="minorUnits">Minor-unit digits, 0 to <see cref="MaxMinorUnits"/>.</param>
    /// <returns>The custom currency.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is malformed or is an ISO 4217 code.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minorUnits"/> is outside 0 to 18.</exception>
    public static Currency Custom(string code, int minorUnits)
    {
        Guard.NotNull(code);
        if (code.Length is 0 or > 16 || !code.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            throw new ArgumentException("A custom currency code has 1 to 16 ASCII letters, digits, '-' or '_'.", nameof(code));
        }

        if (IsoTable.ContainsKey(code))
        {
            throw new ArgumentException($"'{code}' is an ISO 4217 code; use Currency.FromCode instead of redefining it.", nameof(code));
        }

        Guard.InRange(minorUnits, 0, MaxMinorUnits);
        return new Currency(code, minorUnits, isIso: false);
    }

    /// <inheritdoc/>
    public bool Equals(Currency other)
        => ReferenceEquals(_definition, other._definition)
            || (_definition is not null && other._definition is not null
                && string.Equals(_definition.Code, other._definition.Code, StringComparison.Ordinal) && _definition.MinorUnits == other._definition.MinorUnits);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Currency other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _definition is null ? 0 : _definition.HashCode;

    /// <summary>Returns the currency code.</summary>
    /// <returns>The code, such as <c>"EUR"</c>; empty for <c>default(Currency)</c>.</returns>
    public override string ToString() => Code;

    /// <summary>Compares two currencies for equality.</summary>
    /// <param name="left">The first currency.</param>
    /// <param name="right">The second currency.</param>
    /// <returns>True when code and minor units are equal.</returns>
    public static bool operator ==(Currency left, Currency right) => left.Equals(right);

    /// <summary>Compares two currencies for inequality.</summary>
    /// <param name="left">The first currency.</param>
    /// <param name="right">The second currency.</param>
    /// <returns>True when code or minor units differ.</returns>
    public static bool operator !=(Currency left, Currency right) => !left.Equals(right);

    internal static decimal Pow10Inverse(int digits) => digits switch
    {
        0 => 1m,
        1 => 0.1m,
        2 => 0.01m,
        3 => 0.001m,
        4 => 0.0001m,
        _ => 1m / Pow10(digits),
    };

    internal static decimal Pow10(int digits)
    {
        var result = 1m;
        for (var i = 0; i < digits; i++)
        {
            result *= 10m;
        }

        return result;
    }

    /// <summary>A currency's code, minor units and origin; immutable, so one instance may be shared.</summary>
    private sealed class Definition(string code, byte minorUnits, bool isIso)
    {
        public string Code { get; } = code;

        public byte MinorUnits { get; } = minorUnits;

        public bool IsIso { get; } = isIso;

        public int HashCode { get; } = System.HashCode.Combine(StringComparer.Ordinal.GetHashCode(code), minorUnits);
    }
}
