using System.Globalization;
namespace Receivables.Aging.Provisioning;

/// <summary>
/// A cohort's state at one age (see <see cref="VintageCohort"/>): what of the amount originated was paid, written off or
/// is still open, and how much of it counts as lost under the <see cref="VintageLossDefinition"/>.
/// </summary>
/// <remarks>
/// <para><see cref="Paid"/> + <see cref="WrittenOff"/> + <see cref="Open"/> = the cohort's amount originated (checked when
/// the cohort is created). <see cref="Paid"/> is everything applied that is not a write-off: payments, credit notes,
/// discounts and credit adjustments.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class VintageObservation
{
    /// <summary>Creates an observation (for cohorts a host supplies itself, <see cref="VintageLossEstimate.FromCohorts"/>).</summary>
    /// <param name="paid">Applied other than by write-off, not negative.</param>
    /// <param name="writtenOff">Written off, not negative.</param>
    /// <param name="open">Still open, not negative.</param>
    /// <param name="loss">Counted as lost, not negative; the default value is <paramref name="writtenOff"/>.</param>
    /// <exception cref="ArgumentException">The amounts are in different currencies, or one is negative (the field is named).</exception>
    public VintageObservation(Money paid, Money writtenOff, Money open, Money? loss = null)
    {
        var lost = loss ?? writtenOff;
        foreach (var (value, name) in new[] { (paid, nameof(paid)), (writtenOff, nameof(writtenOff)), (open, nameof(open)), (lost, nameof(loss)) })
        {
            if (value.Currency != paid.Currency || value.Currency.IsDefault)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{name} ({value}) must be in the currency of paid ({paid.Currency.Code})."), name);
            }

            if (value.IsNegative)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{name} ({value}) must not be negative."), name);
            }
        }

        Paid = paid;
        WrittenOff = writtenOff;
        Open = open;
        Loss = lost;
    }

    /// <summary>Gets what was applied other than by write-off (payments, credit notes, discounts).</summary>
    public Money Paid { get; }

    /// <summary>Gets what was written off.</summary>
    public Money WrittenOff { get; }

    /// <summary>Gets what is still open.</summary>
    public Money Open { get; }

    /// <summary>Gets what counts as lost: at most the amount originated.</summary>
    public Money Loss { get; }

    /// <summary>Gets paid + written off + open: the amount originated.</summary>
    public Money Total => Paid + WrittenOff + Open;

    /// <summary>The part of the loss still on the books (open), which the matrix rates must still provide for: the loss
    /// not yet written off, at most the open amount.</summary>
    internal decimal LossStillOpen => Math.Min(Open.Amount, Math.Max(0m, Loss.Amount - WrittenOff.Amount));
}
