namespace Receivables.Matching;

/// <summary>Amounts as whole numbers of ten-thousandths, for scans that compare many amounts with one: a
/// <see cref="long"/> compares and subtracts in one instruction, a <see cref="decimal"/> in a call. Every amount with at
/// most four decimals below about 9.2 × 10^14 has its exact number of units; any other has none
/// (<see cref="None"/>) and is compared as a decimal.</summary>
/// <remarks>For two amounts that both have units, the units compare as the amounts do and their difference is the
/// units of the amounts' difference, so a scan on units decides exactly what the same scan on decimals decides.</remarks>
internal static class AmountUnits
{
    /// <summary>No exact units: the amount has more than four decimals or is too large.</summary>
    public const long None = long.MinValue;

    private const int Scale = 4;

    private static readonly long[] PowersOfTen = [1L, 10L, 100L, 1_000L, 10_000L];

    // The largest integer part (the decimal's 96-bit integer) with units, by the decimal's scale.
    private static readonly ulong[] Largest = [long.MaxValue / 10_000, long.MaxValue / 1_000, long.MaxValue / 100, long.MaxValue / 10, long.MaxValue];

    /// <summary>The amount's units, or <see cref="None"/>.</summary>
    public static long Of(decimal amount)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(amount, bits);
        var scale = (bits[3] >> 16) & 0xFF;
        // The low 64 bits of the 96-bit integer (the words are unsigned; the project checks arithmetic).
        var magnitude = unchecked((uint)bits[0] | ((ulong)(uint)bits[1] << 32));
        if (bits[2] != 0 || scale > Scale || magnitude > Largest[scale])
        {
            return None;
        }

        var units = (long)magnitude * PowersOfTen[Scale - scale];
        return bits[3] < 0 ? -units : units;
    }

    /// <summary>The amount of a number of units (not <see cref="None"/>), written with four decimals: equal to the
    /// amount the units were taken from, whose scale may have been smaller.</summary>
    public static decimal ToDecimal(long units)
    {
        var magnitude = units < 0 ? unchecked((ulong)-units) : (ulong)units;
        return new decimal(unchecked((int)(uint)magnitude), unchecked((int)(uint)(magnitude >> 32)), 0, units < 0, Scale);
    }

    /// <summary>The smallest number of units at least the (non-negative) amount: its units when it has them, else
    /// <see cref="long.MaxValue"/> (a bound that lets every difference through to the decimal check).</summary>
    public static long AtLeast(decimal amount)
    {
        var units = Of(amount);
        return units == None ? long.MaxValue : units;
    }

    /// <summary>Whether an item open by <paramref name="open"/> units may be settled alone by a payment of
    /// <paramref name="paid"/> units (Settlement.FitsAlone's three ways): exactly, after a discount of at most
    /// <paramref name="largestDiscount"/>, or short by at most <paramref name="tolerance"/> (the absolute write-off
    /// limit). A filter before the decimals decide: false only when no way can fit; true when either amount has no
    /// units.</summary>
    public static bool MayFit(long open, long paid, long largestDiscount, long tolerance)
        => open == None || paid == None || open == paid || (open > paid && (open - paid <= largestDiscount || open - paid <= tolerance));

    /// <summary>Whether a discount of at most <paramref name="largestDiscount"/> units may make up what a payment is
    /// short of the open amount; true when either amount has no units.</summary>
    public static bool MayDiscount(long open, long paid, long largestDiscount)
        => open == None || paid == None || (open > paid && open - paid <= largestDiscount);
}
