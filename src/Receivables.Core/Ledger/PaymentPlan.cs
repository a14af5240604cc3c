using System.Collections.Immutable;
using Receivables.Internal;

namespace Receivables.Ledger;

/// <summary>
/// A payment plan as it stands in an account (<see cref="CustomerAccount.PaymentPlans"/>): what it closed, the ids of
/// its installments (open items of their own, <see cref="CustomerAccount.GetItem"/>), and whether it was cancelled.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record PaymentPlan
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(PaymentPlan), PrintMembers);

    internal PaymentPlan(PaymentPlanAgreed agreed, ImmutableArray<DocumentId> installments, DateOnly? cancelledOn, bool accelerated)
    {
        Agreement = agreed;
        Installments = installments;
        CancelledOn = cancelledOn;
        Accelerated = accelerated;
    }

    /// <summary>Gets the event that recorded the plan: its id, date, items, installments and note.</summary>
    public PaymentPlanAgreed Agreement { get; }

    /// <summary>Gets the plan's id.</summary>
    public DocumentId Id => Agreement.Plan;

    /// <summary>Gets the ids of the plan's installments (<c>{Id}/1</c>, …), in due-date order.</summary>
    public ImmutableArray<DocumentId> Installments { get; }

    /// <summary>Gets the date the plan was cancelled or found broken, or <see langword="null"/> while it runs.</summary>
    public DateOnly? CancelledOn { get; }

    /// <summary>Gets whether the cancellation made the open installments due on <see cref="CancelledOn"/>.</summary>
    public bool Accelerated { get; }

    /// <summary>Gets whether the plan was cancelled.</summary>
    public bool IsCancelled => CancelledOn is not null;

    /// <inheritdoc/>
    public bool Equals(PaymentPlan? other)
        => other is not null && Agreement.Equals(other.Agreement) && Installments.SequenceEqual(other.Installments)
            && CancelledOn == other.CancelledOn && Accelerated == other.Accelerated;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Agreement, CancelledOn, Accelerated);
}
