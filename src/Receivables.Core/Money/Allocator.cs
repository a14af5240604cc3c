using System.Globalization;

namespace Receivables;

/// <summary>Splits money into parts that add up to the whole, to the minor unit.</summary>
internal static class Allocator
{
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
                throw new ArgumentException($"{ratiosName}[{i}] is negative ({ratios[i].ToString(CultureInfo.InvariantCulture)}).", ratiosName);
            }

            ratioSum += ratios[i];
        }

        if (ratioSum == 0m)
        {
            throw new ArgumentException($"{ratiosName} must not add up to zero.", ratiosName);
        }

        if (!amount.IsRounded)
        {
            throw new ArgumentException(
                $"{amount} has more decimals than {currency.Code} has minor units; round it before splitting.", nameof(amount));
        }

        var scale = Currency.Pow10(currency.MinorUnits);
        var units = Math.Abs(amount.Amount) * scale;
        var sign = amount.Amount < 0m ? -1m : 1m;

        var floors = new decimal[count];
        var fractions = new decimal[count];
        var assigned = 0m;
        for (var i = 0; i < count; i++)
        {
            var exact = units * (ratios[i] / ratioSum);
            floors[i] = decimal.Floor(exact);
            fractions[i] = exact - floors[i];
            assigned += floors[i];
        }

        var remainder = (int)(units - assigned);
        var extra = new int[count];
        policy.Distribute(fractions, extra, remainder);

        var parts = new Money[count];
        var check = 0m;
        for (var i = 0; i < count; i++)
        {
            if (extra[i] < 0)
            {
                throw new InvalidOperationException($"Remainder policy {policy} gave a negative number of units to part {i}.");
            }

            var partUnits = floors[i] + extra[i];
            check += partUnits;
            parts[i] = new Money(sign * partUnits / scale, currency);
        }

        return check == units
            ? parts
            : throw new InvalidOperationException($"Remainder policy {policy} did not hand out exactly {remainder} minor units.");
    }
}
