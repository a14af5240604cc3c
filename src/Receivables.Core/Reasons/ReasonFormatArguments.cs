using Receivables.Internal;

namespace Receivables;

/// <summary>What an <see cref="IReasonFormatter"/> is given.</summary>
/// <remarks>A read-only value; fields may be added later without breaking formatters. <c>default</c> has no
/// reason and is never passed by the library.</remarks>
public readonly struct ReasonFormatArguments
{
    /// <summary>Creates the arguments.</summary>
    /// <param name="reason">The reason to write.</param>
    /// <exception cref="ArgumentNullException"><paramref name="reason"/> is null.</exception>
    public ReasonFormatArguments(Reason reason)
    {
        Reason = Guard.NotNull(reason);
    }

    /// <summary>Gets the reason to write.</summary>
    public Reason Reason { get; }
}
