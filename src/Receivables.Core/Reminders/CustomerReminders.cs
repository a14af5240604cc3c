using Receivables.Internal;
using System.Collections.Immutable;

namespace Receivables.Reminders;

/// <summary>A customer's part of a <see cref="ReminderPlan"/>: the proposed actions, what was skipped and why, and
/// the next date something is due.</summary>
/// <remarks>Immutable and thread-safe. The planner keeps a plan's rows in a few flat arrays and writes a customer's
/// <see cref="Proposals"/>, <see cref="Skipped"/> and <see cref="Reasons"/> the first time each is read, once: every
/// thread sees the same arrays (decision 502). Two values are equal when their customers, next action dates and the
/// three arrays are equal (the arrays compare by reference, as <see cref="ImmutableArray{T}"/> does).</remarks>
public sealed record CustomerReminders
{
    private readonly ReminderPlanner.PlanRows? _rows;
    private readonly int _row;
    private ImmutableArray<ReminderProposal> _proposals;
    private ImmutableArray<ReminderSkip> _skipped;
    private ImmutableArray<Reason> _reasons;
    private Given _given;

    /// <summary>Creates a customer's part of a plan.</summary>
    /// <param name="Customer">The customer.</param>
    /// <param name="Proposals">The proposed actions, most severe level first.</param>
    /// <param name="Skipped">The items and communications not reminded, with reasons.</param>
    /// <param name="NextActionDate">The earliest later date on which something is due, or <see langword="null"/>.</param>
    /// <param name="Reasons">Customer-level reasons (the policy chosen).</param>
    public CustomerReminders(CustomerId Customer, ImmutableArray<ReminderProposal> Proposals, ImmutableArray<ReminderSkip> Skipped, DateOnly? NextActionDate, ImmutableArray<Reason> Reasons)
    {
        this.Customer = Customer;
        _proposals = Proposals;
        _skipped = Skipped;
        this.NextActionDate = NextActionDate;
        _reasons = Reasons;
    }

    /// <summary>Copies a value (for <c>with</c>): the original's arrays are read first, so the copy shares them and
    /// equals the original whichever of the two is read first.</summary>
    /// <param name="original">The value copied.</param>
    private CustomerReminders(CustomerReminders original)
    {
        Customer = original.Customer;
        NextActionDate = original.NextActionDate;
        _proposals = original.Proposals;
        _skipped = original.Skipped;
        _reasons = original.Reasons;
        _rows = original._rows;
        _row = original._row;
        _given = original._given;
    }

    internal CustomerReminders(CustomerId customer, DateOnly? nextActionDate, ReminderPlanner.PlanRows rows, int row)
    {
        Customer = customer;
        NextActionDate = nextActionDate;
        _rows = rows;
        _row = row;
    }

    /// <summary>Gets the customer.</summary>
    public CustomerId Customer { get; init; }

    /// <summary>Gets the proposed actions, most severe level first.</summary>
    public ImmutableArray<ReminderProposal> Proposals
    {
        get => Written(ref _proposals, Given.Proposals, static (rows, row) => rows.Proposals(row));
        init => _proposals = Give(value, Given.Proposals);
    }

    /// <summary>Gets the items and communications not reminded, with reasons.</summary>
    public ImmutableArray<ReminderSkip> Skipped
    {
        get => Written(ref _skipped, Given.Skipped, static (rows, row) => rows.Skipped(row));
        init => _skipped = Give(value, Given.Skipped);
    }

    /// <summary>Gets the earliest later date on which something is due, or <see langword="null"/>.</summary>
    public DateOnly? NextActionDate { get; init; }

    /// <summary>Gets the customer-level reasons (the policy chosen).</summary>
    public ImmutableArray<Reason> Reasons
    {
        get => Written(ref _reasons, Given.Reasons, static (rows, row) => rows.Reasons(row));
        init => _reasons = Give(value, Given.Reasons);
    }

    /// <summary>Deconstructs the value.</summary>
    /// <param name="Customer">The customer.</param>
    /// <param name="Proposals">The proposed actions.</param>
    /// <param name="Skipped">The skipped items and communications.</param>
    /// <param name="NextActionDate">The next action date.</param>
    /// <param name="Reasons">The customer-level reasons.</param>
    public void Deconstruct(out CustomerId Customer, out ImmutableArray<ReminderProposal> Proposals, out ImmutableArray<ReminderSkip> Skipped, out DateOnly? NextActionDate, out ImmutableArray<Reason> Reasons)
    {
        Customer = this.Customer;
        Proposals = this.Proposals;
        Skipped = this.Skipped;
        NextActionDate = this.NextActionDate;
        Reasons = this.Reasons;
    }

    /// <summary>Returns whether another value has the same customer, arrays and next action date.</summary>
    /// <param name="other">The other value.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(CustomerReminders? other)
        => ReferenceEquals(this, other)
            || (other is not null && Customer == other.Customer && NextActionDate == other.NextActionDate
                && Proposals == other.Proposals && Skipped == other.Skipped && Reasons == other.Reasons);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Customer, Proposals, Skipped, NextActionDate, Reasons);

    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(CustomerReminders), PrintMembers);

    /// <summary>An array written from the plan's rows on first read (once: the first writer wins, every reader gets
    /// the same array), unless it was given.</summary>
    private ImmutableArray<T> Written<T>(ref ImmutableArray<T> field, Given flag, Func<ReminderPlanner.PlanRows, int, ImmutableArray<T>> write)
    {
        if (field.IsDefault && _rows is not null && (_given & flag) == 0)
        {
            ImmutableInterlocked.InterlockedInitialize(ref field, write(_rows, _row));
        }

        return field;
    }

    /// <summary>Notes that an array was given (by <c>with</c>) and returns it.</summary>
    private ImmutableArray<T> Give<T>(ImmutableArray<T> value, Given flag)
    {
        _given |= flag;
        return value;
    }

    /// <summary>Which of the arrays were given (by the constructor or <c>with</c>) rather than written from the plan's
    /// rows on read: a given value is kept as it is, even a default one.</summary>
    [Flags]
    private enum Given : byte
    {
        None = 0,
        Proposals = 1,
        Skipped = 2,
        Reasons = 4,
    }
}
