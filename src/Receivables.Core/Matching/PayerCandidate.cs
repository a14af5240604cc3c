namespace Receivables.Matching;

/// <summary>A customer that may have sent a statement line, with the strength of that evidence.</summary>
/// <remarks>Immutable and thread-safe. The built-in rules write <see cref="Reason"/> only when it is first read; the
/// text is the same either way.</remarks>
public sealed record PayerCandidate
{
    private object _reason;

    /// <summary>Initializes a candidate.</summary>
    /// <param name="Customer">The customer.</param>
    /// <param name="Weight">The strength of the evidence in [0, 1].</param>
    /// <param name="Reason">The evidence in words, such as "payer account known for C-1001".</param>
    public PayerCandidate(CustomerId Customer, double Weight, string Reason)
    {
        this.Customer = Customer;
        this.Weight = Weight;
        _reason = Reason;
    }

    internal PayerCandidate(CustomerId customer, double weight, Because reason)
    {
        Customer = customer;
        Weight = weight;
        _reason = reason;
    }

    /// <summary>Gets the customer.</summary>
    public CustomerId Customer { get; init; }

    /// <summary>Gets the strength of the evidence in [0, 1].</summary>
    public double Weight { get; init; }

    /// <summary>Gets the evidence in words, such as "payer account known for C-1001".</summary>
    public string Reason
    {
        get => Because.Written(ref _reason);
        init => _reason = value;
    }

    /// <summary>Deconstructs the candidate.</summary>
    /// <param name="Customer">The customer.</param>
    /// <param name="Weight">The weight.</param>
    /// <param name="Reason">The reason.</param>
    public void Deconstruct(out CustomerId Customer, out double Weight, out string Reason)
    {
        Customer = this.Customer;
        Weight = this.Weight;
        Reason = this.Reason;
    }

    /// <inheritdoc/>
    public bool Equals(PayerCandidate? other)
        => other is not null && Customer == other.Customer && Weight.Equals(other.Weight) && string.Equals(Reason, other.Reason, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Customer, Weight, StringComparer.Ordinal.GetHashCode(Reason));
}
