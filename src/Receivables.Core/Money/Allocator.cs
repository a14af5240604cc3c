using System.Globalization;

namespace Receivables;

/// <summary>Splits money into parts that add up to the whole, to the minor unit (the one splitting mechanism).</summary>
internal static class Allocator
{
    /// <summary>The largest amount, in minor units, that splits exactly: 10^24 (10^22 EUR, far above any ledger amount).</summary>
    public const decimal MaxUnits = 1_000_000_000_000_000_000_000_000m;

    public static Money[] Allocate(Money amount, IReadOnlyList<decimal> ratios, IRemainderPolicy policy, string ratiosName)
    {
        var currency = amount.Currency.IsDefault
            ? throw new InvalidOperationException("default(Money) has no currency.")
            : amount.Currency;
        var count = ratios.Count;
        if (count == 0)
        {
            throw new ArgumentException("At least one part is required.", ratiosName);
        }

        var ratioSum = 0m;
        for (var i = 0; i < count; i++)
        {
            if (ratios[i] < 0m)
            {
                throw new ArgumentException($"{ratiosName}[{i.ToString(CultureInfo.InvariantCulture)}] is negative ({ratios[i].ToString(CultureInfo.InvariantCulture)}).", ratiosName);
            }

            try
            {
                // Checked by the addition itself (it throws past decimal's range): no subtraction and comparison per ratio.
                ratioSum += ratios[i];
            }
            catch (OverflowException)
            {
                throw new ArgumentOutOfRangeException(ratiosName, $"{ratiosName} add up to more than decimal holds; scale them down.");
            }
        }

        if (ratioSum == 0m)
        {
            throw new ArgumentException($"{ratiosName} must not add up to zero.", ratiosName);
        }

        if (!amount.IsRounded)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"{amount} has more decimals than {currency.Code} has minor units; round it before splitting."), nameof(amount));
        }

        var scale = Currency.Pow10(currency.MinorUnits);
        var total = Math.Abs(amount.Amount);
        var sign = amount.Amount < 0m ? -1m : 1m;
        var shares = new decimal[count];
        try
        {
            var units = total * scale;
            if (units > MaxUnits)
            {
                // Beyond 10^24 minor units decimal's 28 digits no longer hold each share's fraction of a minor unit,
                // and the parts could miss the whole; refuse rather than split inexactly.
                throw new OverflowException();
            }

            // Each part's exact share in minor units.
            for (var i = 0; i < count; i++)
            {
                shares[i] = units * (ratios[i] / ratioSum);
            }
        }
        catch (OverflowException ex)
        {
            throw AmountOverflowException.For("Money.Allocate", ex, amount);
        }

        // The default policy splits the minor-unit shares themselves; any other sees them in currency units
        // (RemainderArguments.Shares). The same split of the same shares, without dividing each by the scale for the
        // default only to multiply it back.
        var parts = new decimal[count];
        if (policy is RemainderPolicies.LargestRemainderPolicy)
        {
            RemainderPolicies.LargestRemainderPolicy.Split(shares, total * scale, scale, parts);
        }
        else
        {
            for (var i = 0; i < count; i++)
            {
                shares[i] /= scale;
            }

            policy.Distribute(new RemainderArguments(currency, total, shares, parts));
        }

        var result = new Money[count];
        var check = 0m;
        for (var i = 0; i < count; i++)
        {
            if (parts[i] < 0m || decimal.Round(parts[i], currency.MinorUnits) != parts[i])
            {
                throw new InvalidOperationException(
                    $"Remainder policy {policy} gave part {i.ToString(CultureInfo.InvariantCulture)} the amount {parts[i].ToString(CultureInfo.InvariantCulture)}, which is negative or not in whole minor units.");
            }

            check += parts[i];
            result[i] = new Money(sign * parts[i], currency);
        }

        return check == total
            ? result
            : throw new InvalidOperationException($"Remainder policy {policy} gave parts that add up to {check.ToString(CultureInfo.InvariantCulture)}, not {total.ToString(CultureInfo.InvariantCulture)}.");
    }
}
