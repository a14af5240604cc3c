using Receivables.Internal;

namespace Receivables;

/// <summary>
/// What an <see cref="IRemainderPolicy"/> is asked to round: a non-negative total in whole minor units, every part's
/// exact share of it, and the span the rounded parts are written to. Negative amounts are split by their absolute
/// value and the sign is put back afterwards, so a policy only ever sees non-negative numbers.
/// </summary>
/// <remarks>A stack-only view over the caller's buffers; not to be stored. Thread safety is that of the spans. The
/// default value has no currency and no parts.</remarks>
public readonly ref struct RemainderArguments
{
    /// <summary>Initializes the arguments (so a custom policy can be unit-tested alone).</summary>
    /// <param name="currency">The currency; its minor unit is the precision of every part.</param>
    /// <param name="total">The total to split in major units: non-negative, in whole minor units.</param>
    /// <param name="shares">The exact share of every part in major units, non-negative, adding up to
    /// <paramref name="total"/> (up to <see cref="decimal"/> precision).</param>
    /// <param name="parts">The output, one element per share, all zero on entry.</param>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is the default value, or <paramref name="parts"/>
    /// and <paramref name="shares"/> differ in length.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="total"/> is negative.</exception>
    public RemainderArguments(Currency currency, decimal total, ReadOnlySpan<decimal> shares, Span<decimal> parts)
    {
        if (currency.IsDefault)
        {
            throw new ArgumentException("The arguments need a currency.", nameof(currency));
        }

        if (parts.Length != shares.Length)
        {
            throw new ArgumentException("There must be one part per share.", nameof(parts));
        }

        Currency = currency;
        Total = Guard.NotNegative(total);
        Shares = shares;
        Parts = parts;
    }

    /// <summary>Gets the currency.</summary>
    public Currency Currency { get; }

    /// <summary>Gets the total to split, in major units (non-negative, whole minor units).</summary>
    public decimal Total { get; }

    /// <summary>Gets the exact share of every part, in major units.</summary>
    public ReadOnlySpan<decimal> Shares { get; }

    /// <summary>Gets the parts to write, in major units; each must end up in whole minor units.</summary>
    public Span<decimal> Parts { get; }

    /// <summary>Gets the currency's minor unit in major units (0.01 for EUR, 1 for JPY).</summary>
    public decimal MinorUnit => Currency.MinorUnit;

    /// <summary>Returns share <paramref name="index"/> rounded down to whole minor units.</summary>
    /// <param name="index">The part's index.</param>
    /// <returns>The rounded-down share.</returns>
    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is outside the shares.</exception>
    public decimal Floor(int index)
    {
        var scale = Receivables.Currency.Pow10(Currency.MinorUnits);
        return decimal.Floor(Shares[index] * scale) / scale;
    }
}
