namespace Receivables.Ledger;

/// <summary>Options of a late-charge run (<see cref="LateChargeRun.Run"/>). Every property has a documented default.</summary>
/// <remarks>Not thread-safe while being set; the run reads it once and keeps no reference.</remarks>
public sealed class LateChargeRunOptions
{
    /// <summary>The date whose ledger view (<see cref="ReceivablesLedger.AsOf"/>) says what was paid and when: payments,
    /// credit notes and write-offs dated after it are not yet known, so their items count as open.</summary>
    /// <value>The default value is null: the period's last day. It may not be before the period's last day.</value>
    public DateOnly? AsOf { get; set; }

    /// <summary>The document date of the charge documents.</summary>
    /// <value>The default value is null: the period's last day.</value>
    public DateOnly? DocumentDate { get; set; }

    /// <summary>Days after the document date that a charge document falls due.</summary>
    /// <value>The default value is 0: due on its document date. Not negative.</value>
    public int PaymentDays { get; set; }

    /// <summary>Whether items disputed on the as-of date are charged.</summary>
    /// <value>The default value is false: a disputed item is not charged while disputed; its overdue days stay
    /// uncharged, so a later run whose period covers them charges them once the dispute is resolved (and the item not
    /// credited).</value>
    public bool ChargeDisputed { get; set; }
}
