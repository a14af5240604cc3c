using System.Globalization;
using Receivables.Internal;

namespace Receivables;

/// <summary>An exact amount of money: a <see cref="decimal"/> amount in major units and its <see cref="Currency"/>.</summary>
/// <remarks>
/// <para>Amounts are never rounded behind your back: construction keeps every digit, and <see cref="Round()"/> is
/// explicit. Combining or comparing amounts in different currencies throws <see cref="CurrencyMismatchException"/>.</para>
/// <para>Equality is numeric: 1.0 EUR equals 1.00 EUR. <c>default(Money)</c> has no currency; arithmetic with it throws.</para>
/// <para>To split an amount use <see cref="Allocate(int, IRemainderPolicy?)"/>: the parts always add up to the whole.
/// Plain division (<c>/</c>) does not, and can lose minor units once the result is rounded.</para>
/// <para>Invariant text form (<see cref="ToString()"/>, <see cref="Parse(string, IFormatProvider?)"/>): the amount with a
/// '.' decimal point, no group separators, an optional leading '-', one space, and the ISO 4217 code, such as
/// <c>1234.50 EUR</c> or <c>-3 JPY</c>. Rounded amounts show exactly the currency's minor units; others keep every
/// digit. Parsing accepts any number of decimals and keeps them. JSON: <c>{"amount":1234.50,"currency":"EUR"}</c>,
/// the amount a JSON number written exactly; a custom currency adds <c>"minorUnits"</c>.</para>
/// <para>This type is an immutable value type and is thread-safe.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.MoneyJsonConverter))]
public readonly struct Money : IEquatable<Money>, IComparable<Money>, IComparable, ISpanParsable<Money>, ISpanFormattable
{
    /// <summary>Initializes a new amount.</summary>
    /// <param name="amount">The amount in major units (12.34 is twelve euros and thirty-four cents). Kept exactly.</param>
    /// <param name="currency">The currency; must not be <c>default(Currency)</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is <c>default(Currency)</c>.</exception>
    public Money(decimal amount, Currency currency)
    {
        if (currency.IsDefault)
        {
            throw new ArgumentException("A currency is required.", nameof(currency));
        }

        Amount = amount;
        Currency = currency;
    }

    /// <summary>Gets the amount in major units.</summary>
    public decimal Amount { get; }

    /// <summary>Gets the currency.</summary>
    public Currency Currency { get; }

    /// <summary>Gets a value indicating whether the amount is zero.</summary>
    public bool IsZero => Amount == 0m;

    /// <summary>Gets a value indicating whether the amount is greater than zero.</summary>
    public bool IsPositive => Amount > 0m;

    /// <summary>Gets a value indicating whether the amount is less than zero.</summary>
    public bool IsNegative => Amount < 0m;

    /// <summary>Gets a value indicating whether the amount has no more decimals than the currency's minor units.</summary>
    public bool IsRounded => Arithmetic.IsWhole(Amount, Currency.MinorUnits);

    /// <summary>Returns zero in <paramref name="currency"/>.</summary>
    /// <param name="currency">The currency.</param>
    /// <returns>A zero amount.</returns>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is <c>default(Currency)</c>.</exception>
    public static Money Zero(Currency currency) => new(0m, currency);

    /// <summary>Creates an amount in the ISO 4217 currency with the given code.</summary>
    /// <param name="amount">The amount in major units.</param>
    /// <param name="currencyCode">An ISO 4217 code such as <c>"EUR"</c>.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="currencyCode"/> is null.</exception>
    /// <exception cref="UnknownCurrencyException"><paramref name="currencyCode"/> is not an ISO 4217 code.</exception>
    public static Money Of(decimal amount, string currencyCode)
    {
        Guard.NotNull(currencyCode);
        return Currency.TryFromCode(currencyCode, out var currency)
            ? new Money(amount, currency)
            : throw new UnknownCurrencyException(currencyCode, nameof(currencyCode));
    }

    /// <summary>Rounds to the currency's minor unit with <see cref="RoundingPolicies.Default"/> (half away from zero).</summary>
    /// <returns>The rounded amount.</returns>
    public Money Round() => Round(RoundingPolicies.Default);

    /// <summary>Rounds with the given policy.</summary>
    /// <param name="policy">The rounding policy.</param>
    /// <returns>The rounded amount in the same currency.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public Money Round(IRoundingPolicy policy)
    {
        Guard.NotNull(policy);
        return new Money(policy.Round(Amount, RequireCurrency()), Currency);
    }

    /// <summary>Returns the absolute value.</summary>
    /// <returns>The amount without its sign.</returns>
    public Money Abs() => new(Math.Abs(Amount), RequireCurrency());

    /// <summary>Returns the amount with its sign reversed.</summary>
    /// <returns>The negated amount.</returns>
    public Money Negate() => new(-Amount, RequireCurrency());

    /// <summary>Adds an amount in the same currency.</summary>
    /// <param name="other">The amount to add.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    /// <exception cref="AmountOverflowException">The sum is beyond <see cref="decimal"/>'s range.</exception>
    public Money Plus(Money other)
    {
        var currency = SameCurrency(other);
        return new(Arithmetic.Add(Amount, other.Amount, currency), currency);
    }

    /// <summary>Subtracts an amount in the same currency.</summary>
    /// <param name="other">The amount to subtract.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    /// <exception cref="AmountOverflowException">The difference is beyond <see cref="decimal"/>'s range.</exception>
    public Money Minus(Money other)
    {
        var currency = SameCurrency(other);
        return new(Arithmetic.Subtract(Amount, other.Amount, currency), currency);
    }

    /// <summary>Returns the smaller of two amounts in the same currency.</summary>
    /// <param name="a">The first amount.</param>
    /// <param name="b">The second amount.</param>
    /// <returns>The smaller amount (<paramref name="a"/> when equal).</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static Money Min(Money a, Money b) => a.CompareTo(b) <= 0 ? a : b;

    /// <summary>Returns the larger of two amounts in the same currency.</summary>
    /// <param name="a">The first amount.</param>
    /// <param name="b">The second amount.</param>
    /// <returns>The larger amount (<paramref name="a"/> when equal).</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static Money Max(Money a, Money b) => a.CompareTo(b) >= 0 ? a : b;

    /// <summary>Splits the amount into <paramref name="count"/> parts as equal as the minor unit allows.</summary>
    /// <param name="count">The number of parts, at least 1.</param>
    /// <param name="remainder">Who gets leftover minor units. The default value is <see cref="RemainderPolicies.LargestRemainder"/>
    /// (for equal parts: the earliest parts).</param>
    /// <returns>The parts, in order; they add up exactly to this amount. 100.00 EUR in 3 is 33.34, 33.33, 33.33.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is less than 1.</exception>
    /// <exception cref="ArgumentException">The amount has more decimals than the currency's minor units (round it first).</exception>
    /// <exception cref="AmountOverflowException">The amount in minor units is beyond <see cref="decimal"/>\'s range (above about 7.9 × 10^26 for two decimals).</exception>
    public Money[] Allocate(int count, IRemainderPolicy? remainder = null)
    {
        Guard.Positive(count);
        var ratios = new decimal[count];
        Array.Fill(ratios, 1m);
        return Allocator.Allocate(this, ratios, remainder ?? RemainderPolicies.Default, nameof(count));
    }

    /// <summary>Splits the amount in proportion to <paramref name="ratios"/>.</summary>
    /// <param name="ratios">Non-negative weights with a positive sum, such as 1, 1, 2, or invoice amounts.</param>
    /// <param name="remainder">Who gets leftover minor units. The default value is <see cref="RemainderPolicies.LargestRemainder"/>.</param>
    /// <returns>One part per ratio, in order; they add up exactly to this amount. A zero ratio gets zero unless the
    /// remainder policy hands it a leftover unit (<see cref="RemainderPolicies.FirstPart"/>,
    /// <see cref="RemainderPolicies.LastPart"/> and <see cref="RemainderPolicies.LastAbsorbs"/> can).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ratios"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="ratios"/> is empty, has a negative value or sums to zero; or the
    /// amount has more decimals than the currency's minor units.</exception>
    /// <exception cref="AmountOverflowException">The amount in minor units is beyond <see cref="decimal"/>\'s range (above about 7.9 × 10^26 for two decimals).</exception>
    public Money[] Allocate(IReadOnlyList<decimal> ratios, IRemainderPolicy? remainder = null)
    {
        Guard.NotNull(ratios);
        return Allocator.Allocate(this, ratios, remainder ?? RemainderPolicies.Default, nameof(ratios));
    }

    /// <summary>Splits the amount by percentages that add up to exactly 100.</summary>
    /// <param name="percentages">Non-negative percentages, such as 30 and 70.</param>
    /// <param name="remainder">Who gets leftover minor units. The default value is <see cref="RemainderPolicies.LargestRemainder"/>.</param>
    /// <returns>One part per percentage; they add up exactly to this amount.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="percentages"/> is null.</exception>
    /// <exception cref="ArgumentException">The percentages are empty, negative or do not add up to 100; or the amount
    /// has more decimals than the currency's minor units.</exception>
    /// <exception cref="AmountOverflowException">The amount in minor units is beyond <see cref="decimal"/>\'s range (above about 7.9 × 10^26 for two decimals).</exception>
    public Money[] AllocateByPercentages(IReadOnlyList<decimal> percentages, IRemainderPolicy? remainder = null)
    {
        Guard.NotNull(percentages);
        var sum = 0m;
        foreach (var p in percentages)
        {
            sum += p;
        }

        if (sum != 100m)
        {
            throw new ArgumentException($"Percentages must add up to 100; they add up to {sum.ToString(CultureInfo.InvariantCulture)}.", nameof(percentages));
        }

        return Allocator.Allocate(this, percentages, remainder ?? RemainderPolicies.Default, nameof(percentages));
    }

    /// <inheritdoc/>
    public bool Equals(Money other) => Amount == other.Amount && Currency == other.Currency;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Money other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Amount, Currency);

    /// <summary>Compares with an amount in the same currency.</summary>
    /// <param name="other">The other amount.</param>
    /// <returns>Negative, zero or positive as this amount is smaller, equal or larger.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public int CompareTo(Money other)
    {
        SameCurrency(other);
        return Amount.CompareTo(other.Amount);
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="Money"/>.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Money other => CompareTo(other),
        _ => throw new ArgumentException("Object must be of type Money.", nameof(obj)),
    };

    /// <summary>Formats as amount and code with the invariant culture, such as <c>1234.50 EUR</c>; amounts with more
    /// decimals than the currency keep them all.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        if (Currency.IsDefault)
        {
            return Amount.ToString(CultureInfo.InvariantCulture);
        }

        var text = IsRounded
            ? Amount.ToString("F" + Currency.MinorUnits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)
            : Amount.ToString(CultureInfo.InvariantCulture);
        return text + " " + Currency.Code;
    }

    /// <summary>Adds two amounts in the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static Money operator +(Money left, Money right) => left.Plus(right);

    /// <summary>Subtracts two amounts in the same currency.</summary>
    /// <param name="left">The amount to subtract from.</param>
    /// <param name="right">The amount to subtract.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static Money operator -(Money left, Money right) => left.Minus(right);

    /// <summary>Negates an amount.</summary>
    /// <param name="value">The amount.</param>
    /// <returns>The amount with its sign reversed.</returns>
    public static Money operator -(Money value) => value.Negate();

    /// <summary>Multiplies an amount by a factor, exactly (no rounding).</summary>
    /// <param name="value">The amount.</param>
    /// <param name="factor">The factor, such as a quantity or a rate.</param>
    /// <returns>The product; round it when it must be settled.</returns>
    /// <exception cref="AmountOverflowException">The product is beyond <see cref="decimal"/>'s range.</exception>
    public static Money operator *(Money value, decimal factor)
    {
        var currency = value.RequireCurrency();
        return new(Arithmetic.Multiply(value.Amount, factor, currency), currency);
    }

    /// <summary>Multiplies an amount by a factor, exactly (no rounding).</summary>
    /// <param name="factor">The factor.</param>
    /// <param name="value">The amount.</param>
    /// <returns>The product.</returns>
    /// <exception cref="AmountOverflowException">The product is beyond <see cref="decimal"/>'s range.</exception>
    public static Money operator *(decimal factor, Money value) => value * factor;

    /// <summary>
    /// Divides an amount by a number. The result keeps up to 28 significant digits and is not rounded; rounding each
    /// quotient and adding them up can lose or gain minor units (100.00 / 3 rounded three times is 99.99). To split
    /// an amount so that the parts add up, use <see cref="Allocate(int, IRemainderPolicy?)"/>.
    /// </summary>
    /// <param name="value">The amount.</param>
    /// <param name="divisor">The divisor, not zero.</param>
    /// <returns>The quotient.</returns>
    /// <exception cref="DivideByZeroException"><paramref name="divisor"/> is zero.</exception>
    /// <exception cref="AmountOverflowException">The quotient is beyond <see cref="decimal"/>'s range (a divisor below 1).</exception>
    public static Money operator /(Money value, decimal divisor)
    {
        var currency = value.RequireCurrency();
        return new(Arithmetic.Divide(value.Amount, divisor, currency), currency);
    }

    /// <summary>Compares two amounts for equality (same currency and numerically equal amount).</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(Money left, Money right) => left.Equals(right);

    /// <summary>Compares two amounts for inequality.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>True when the currencies or amounts differ.</returns>
    public static bool operator !=(Money left, Money right) => !left.Equals(right);

    /// <summary>Tests whether one amount is smaller than another in the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>True when <paramref name="left"/> is smaller.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static bool operator <(Money left, Money right) => left.CompareTo(right) < 0;

    /// <summary>Tests whether one amount is larger than another in the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>True when <paramref name="left"/> is larger.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static bool operator >(Money left, Money right) => left.CompareTo(right) > 0;

    /// <summary>Tests whether one amount is smaller than or equal to another in the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>True when <paramref name="left"/> is smaller or equal.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static bool operator <=(Money left, Money right) => left.CompareTo(right) <= 0;

    /// <summary>Tests whether one amount is larger than or equal to another in the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>True when <paramref name="left"/> is larger or equal.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static bool operator >=(Money left, Money right) => left.CompareTo(right) >= 0;

    private Currency SameCurrency(Money other)
    {
        var currency = RequireCurrency();
        return currency == other.Currency ? currency : throw new CurrencyMismatchException(currency, other.Currency);
    }

    private Currency RequireCurrency()
        => Currency.IsDefault ? throw new InvalidOperationException("default(Money) has no currency.") : Currency;

    /// <summary>Parses the invariant text form, such as <c>1234.50 EUR</c> (see the remarks on <see cref="Money"/>).</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the form is the same in every culture.</param>
    /// <returns>The amount, with every decimal given.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not an amount, one space and an ISO 4217 code.</exception>
    public static Money Parse(string s, IFormatProvider? provider = null)
    {
        Guard.NotNull(s);
        return Parse(s.AsSpan(), provider);
    }

    /// <summary>Parses the invariant text form without throwing.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The amount, or default.</param>
    /// <returns>True when parsed.</returns>
    public static bool TryParse([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? s, IFormatProvider? provider, out Money result)
    {
        result = default;
        return s is not null && TryParse(s.AsSpan(), provider, out result);
    }

    /// <summary>Parses the invariant text form from characters.</summary>
    /// <param name="s">The characters.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="FormatException">The text is not an amount, one space and an ISO 4217 code.</exception>
    public static Money Parse(ReadOnlySpan<char> s, IFormatProvider? provider)
        => TryParse(s, provider, out var money)
            ? money
            : throw new FormatException($"'{s.ToString()}' is not an amount in the form '1234.50 EUR'.");

    /// <summary>Parses the invariant text form from characters without throwing.</summary>
    /// <param name="s">The characters.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The amount, or default.</param>
    /// <returns>True when parsed.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Money result)
    {
        result = default;
        var space = s.IndexOf(' ');
        if (space <= 0 || s.LastIndexOf(' ') != space)
        {
            return false;
        }

        if (!decimal.TryParse(s[..space], NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount)
            || !Currency.TryFromCode(s[(space + 1)..].ToString(), out var currency))
        {
            return false;
        }

        result = new Money(amount, currency);
        return true;
    }

    /// <summary>
    /// Formats the amount: with a null or empty format (or <c>"G"</c>) the invariant text form whatever the provider;
    /// otherwise the amount formatted with <paramref name="format"/> (a <see cref="decimal"/> format such as <c>"N2"</c>)
    /// and <paramref name="formatProvider"/>, then a space and the code: <c>1.234,50 EUR</c> for <c>"N2"</c> in de-DE.
    /// </summary>
    /// <param name="format">The format.</param>
    /// <param name="formatProvider">The culture for a non-general format; the default value null is the current culture.</param>
    /// <returns>The text.</returns>
    public string ToString(string? format, IFormatProvider? formatProvider)
        => Serialization.TextForms.IsGeneral(format) ? ToString() : Amount.ToString(format, formatProvider) + " " + Currency.Code;

    /// <summary>Formats the amount into characters, as <see cref="ToString(string?, IFormatProvider?)"/> does.</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <param name="format">The format.</param>
    /// <param name="provider">The culture for a non-general format.</param>
    /// <returns>False when <paramref name="destination"/> is too short.</returns>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
        => Serialization.TextForms.TryCopy(ToString(format.IsEmpty ? null : format.ToString(), provider), destination, out charsWritten);
}
