namespace Receivables.Terms;

/// <summary>
/// Computes the interest and fixed compensation owed on an overdue amount. Built-ins are in
/// <see cref="LateChargePolicies"/>.
/// </summary>
/// <remarks>Implementations must be immutable and thread-safe.</remarks>
public interface ILateChargePolicy
{
    /// <summary>Computes the charge.</summary>
    /// <param name="arguments">The overdue amount and the dates.</param>
    /// <returns>The charge; zero interest and compensation when nothing is late.</returns>
    LateCharge Calculate(in LateChargeArguments arguments);
}
