using System.Globalization;

namespace Receivables;

/// <summary>
/// Thrown when an amount, a sum or a product of amounts is beyond what <see cref="decimal"/> holds
/// (±79,228,162,514,264,337,593,543,950,335). Every overflow in the library surfaces as this type, with
/// <see cref="Operation"/> naming what was being computed; it derives from <see cref="OverflowException"/>, so a
/// <c>catch (OverflowException)</c> still sees it.
/// </summary>
/// <remarks>
/// <para>The ledger keeps every amount it holds within ±<see cref="Ledger.Document.MaxAmount"/> (10^18 major units), so
/// the totals of a ledger and of the reports built on it (aging, credit, matching, reminders) cannot overflow; this
/// exception comes from arithmetic on amounts a caller built outside those limits, such as adding two amounts of
/// 5 × 10^28 or charging interest on an amount near <see cref="decimal.MaxValue"/>.</para>
/// <para>Instances are immutable once thrown; the type is thread-safe.</para>
/// </remarks>
public sealed class AmountOverflowException : OverflowException
{
    /// <summary>Initializes a new instance with a generic message.</summary>
    public AmountOverflowException()
        : base("An amount is beyond the range of decimal.")
    {
        Operation = string.Empty;
    }

    /// <summary>Initializes a new instance with a message.</summary>
    /// <param name="message">The message.</param>
    public AmountOverflowException(string message)
        : base(message)
    {
        Operation = string.Empty;
    }

    /// <summary>Initializes a new instance with a message and the overflow that caused it.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public AmountOverflowException(string message, Exception innerException)
        : base(message, innerException)
    {
        Operation = string.Empty;
    }

    private AmountOverflowException(string operation, string message, Exception? innerException)
        : base(message, innerException)
    {
        Operation = operation;
    }

    /// <summary>Gets what was being computed, such as <c>"Money.Plus"</c> or <c>"LateChargePolicies.AnnualRate"</c>.</summary>
    public string Operation { get; }

    /// <summary>The exception for an overflow while computing <paramref name="operation"/> on <paramref name="operands"/>.</summary>
    internal static AmountOverflowException For(string operation, Exception? cause, params ReadOnlySpan<object> operands)
    {
        var parts = new string[operands.Length];
        for (var i = 0; i < operands.Length; i++)
        {
            parts[i] = Convert.ToString(operands[i], CultureInfo.InvariantCulture) ?? string.Empty;
        }

        var of = parts.Length == 0 ? string.Empty : $" of {string.Join(" and ", parts)}";
        return new AmountOverflowException(
            operation,
            $"{operation}{of}: the result is beyond the largest amount decimal holds (±79,228,162,514,264,337,593,543,950,335).",
            cause);
    }
}
