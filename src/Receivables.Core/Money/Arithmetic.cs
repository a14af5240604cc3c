namespace Receivables;

/// <summary>
/// Decimal arithmetic on amounts that turns an overflow into <see cref="AmountOverflowException"/> naming the operation
/// and its operands. The operations themselves are plain <see cref="decimal"/> arithmetic; only the failure path differs.
/// </summary>
internal static class Arithmetic
{
    /// <summary>Whether <paramref name="value"/> is a whole number of units of 10^-<paramref name="digits"/> (such as
    /// whole cents for two digits): at once when its scale is at most the digits (every such decimal is), else by
    /// rounding. The same answer as <c>decimal.Round(value, digits) == value</c>, without rounding in the usual case.</summary>
    internal static bool IsWhole(decimal value, int digits) => value.Scale <= digits || decimal.Round(value, digits) == value;

    public static decimal Add(decimal a, decimal b, Currency currency)
    {
        try
        {
            return a + b;
        }
        catch (OverflowException ex)
        {
            throw AmountOverflowException.For("Money.Plus", ex, new Money(a, currency), new Money(b, currency));
        }
    }

    public static decimal Subtract(decimal a, decimal b, Currency currency)
    {
        try
        {
            return a - b;
        }
        catch (OverflowException ex)
        {
            throw AmountOverflowException.For("Money.Minus", ex, new Money(a, currency), new Money(b, currency));
        }
    }

    public static decimal Multiply(decimal a, decimal factor, Currency currency)
    {
        try
        {
            return a * factor;
        }
        catch (OverflowException ex)
        {
            throw AmountOverflowException.For("Money.Multiply", ex, new Money(a, currency), factor);
        }
    }

    public static decimal Divide(decimal a, decimal divisor, Currency currency)
    {
        try
        {
            return a / divisor;
        }
        catch (OverflowException ex)
        {
            throw AmountOverflowException.For("Money.Divide", ex, new Money(a, currency), divisor);
        }
    }
}
