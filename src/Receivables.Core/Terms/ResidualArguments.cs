using Receivables.Internal;

namespace Receivables.Terms;

/// <summary>What an <see cref="IResidualPolicy"/> is asked to split: the invoice total, the term's lines and the term's
/// rounding policy for installment amounts.</summary>
/// <remarks>An immutable value; thread-safe. New fields may be added later without breaking policies. The default value
/// has no currency and no lines.</remarks>
public readonly struct ResidualArguments
{
    /// <summary>Initializes the arguments (so a custom policy can be unit-tested alone).</summary>
    /// <param name="total">The invoice total: non-negative, in whole minor units.</param>
    /// <param name="lines">The term's lines, in order; at least one.</param>
    /// <param name="rounding">How a line's exact amount is rounded (the term's <see cref="PaymentTerm.Rounding"/>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="lines"/> or <paramref name="rounding"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="total"/> has no currency or is not rounded, or
    /// <paramref name="lines"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="total"/> is negative.</exception>
    public ResidualArguments(Money total, IReadOnlyList<InstallmentLine> lines, IRoundingPolicy rounding)
    {
        if (total.Currency.IsDefault || !total.IsRounded)
        {
            throw new ArgumentException("The total needs a currency and whole minor units.", nameof(total));
        }

        Guard.NotNegative(total.Amount, nameof(total));
        Guard.NotNull(lines);
        if (lines.Count == 0)
        {
            throw new ArgumentException("At least one line is needed.", nameof(lines));
        }

        Total = total;
        Lines = lines;
        Rounding = Guard.NotNull(rounding);
    }

    /// <summary>Gets the invoice total.</summary>
    public Money Total { get; }

    /// <summary>Gets the term's lines in order.</summary>
    public IReadOnlyList<InstallmentLine> Lines { get; }

    /// <summary>Gets the term's rounding policy for installment amounts.</summary>
    public IRoundingPolicy Rounding { get; }
}
