using System.Collections.Immutable;
using System.Globalization;
using Receivables.Internal;

namespace Receivables.Reminders;

/// <summary>
/// The validated fee of a reminder level: fixed + percentage of the overdue amount + the flat fee of the highest tier
/// reached, each in the overdue amount's currency, rounded half away from zero to the minor unit, then limited by the
/// currency's cap. A currency without any setting costs nothing. Build it from <see cref="ReminderFeeOptions"/> through
/// <see cref="ReminderPolicy.Create"/>.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ReminderFee
{
    private readonly ImmutableDictionary<Currency, Money> _fixed;
    private readonly ImmutableDictionary<Currency, Money> _cap;
    private readonly ImmutableDictionary<Currency, ImmutableArray<(Money From, Money Fee)>> _tiers;

    internal ReminderFee(ImmutableDictionary<Currency, Money> fixedFees, decimal percent, ImmutableDictionary<Currency, ImmutableArray<(Money From, Money Fee)>> tiers, ImmutableDictionary<Currency, Money> cap)
    {
        _fixed = fixedFees;
        Percent = percent;
        _tiers = tiers;
        _cap = cap;
    }

    /// <summary>Gets the fee that is always zero.</summary>
    public static ReminderFee None { get; } = new(ImmutableDictionary<Currency, Money>.Empty, 0m, ImmutableDictionary<Currency, ImmutableArray<(Money, Money)>>.Empty, ImmutableDictionary<Currency, Money>.Empty);

    /// <summary>Gets the percentage of the overdue amount (0 to 100).</summary>
    public decimal Percent { get; }

    /// <summary>Gets whether the fee is zero for every amount.</summary>
    public bool IsNone => _fixed.IsEmpty && Percent == 0m && _tiers.IsEmpty;

    /// <summary>Gets the cap in a currency, or <see langword="null"/> when the currency has none.</summary>
    /// <param name="currency">The currency.</param>
    /// <returns>The cap.</returns>
    public Money? CapIn(Currency currency) => _cap.TryGetValue(currency, out var cap) ? cap : null;

    /// <summary>Computes the fee on an overdue amount.</summary>
    /// <param name="overdue">The overdue amount: not negative, rounded.</param>
    /// <returns>The fee in the amount's currency: never negative, never above the currency's cap.</returns>
    /// <exception cref="ArgumentException"><paramref name="overdue"/> has no currency or too many decimals.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="overdue"/> is negative.</exception>
    public Money Calculate(Money overdue) => Calculate(overdue, out _);

    internal Money Calculate(Money overdue, out Money? uncapped)
    {
        Guard.RoundedMoney(overdue);
        Guard.NotNegative(overdue.Amount, nameof(overdue));
        var currency = overdue.Currency;
        var fee = _fixed.TryGetValue(currency, out var fix) ? fix.Amount : 0m;
        if (Percent != 0m)
        {
            fee += decimal.Round(overdue.Amount * Percent / 100m, currency.MinorUnits, MidpointRounding.AwayFromZero);
        }

        if (_tiers.TryGetValue(currency, out var tiers))
        {
            var tierFee = 0m;
            foreach (var (from, amount) in tiers)
            {
                if (overdue >= from)
                {
                    tierFee = amount.Amount;
                }
            }

            fee += tierFee;
        }

        uncapped = null;
        if (_cap.TryGetValue(currency, out var cap) && fee > cap.Amount)
        {
            uncapped = new Money(fee, currency);
            fee = cap.Amount;
        }

        return new Money(fee, currency);
    }

    /// <summary>Writes the fee as <c>fixed 10.00 EUR + 1% + tiers, cap 50.00 EUR</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        if (IsNone)
        {
            return "none";
        }

        var parts = new List<string>();
        parts.AddRange(_fixed.Values.OrderBy(m => m.Currency.Code, StringComparer.Ordinal).Select(m => "fixed " + m));
        if (Percent != 0m)
        {
            parts.Add(Percent.ToString("0.####", CultureInfo.InvariantCulture) + "%");
        }

        if (!_tiers.IsEmpty)
        {
            parts.Add("tiers");
        }

        var text = string.Join(" + ", parts);
        return _cap.IsEmpty ? text : text + ", cap " + string.Join("/", _cap.Values.OrderBy(m => m.Currency.Code, StringComparer.Ordinal));
    }
}
