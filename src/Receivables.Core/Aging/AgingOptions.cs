namespace Receivables.Aging;

/// <summary>Options of an <see cref="AgingEngine"/>; read once when the engine is built, later changes have no effect.</summary>
/// <remarks>Not thread-safe while being set up; the engine keeps its own copy.</remarks>
public sealed class AgingOptions
{
    /// <summary>The largest degree of parallelism accepted.</summary>
    public const int MaxDegreeOfParallelism = 256;

    /// <summary>Gets or sets how many threads <c>AgingEngine.AgeInParallel</c> and the object overloads may use.
    /// Results are identical for every value (integer sums are order-independent).</summary>
    /// <value>The default value is 1 (single-threaded); allowed 1 to <see cref="MaxDegreeOfParallelism"/>.</value>
    public int DegreeOfParallelism { get; set; } = 1;

    /// <summary>Gets or sets the smallest number of items worth splitting across threads; smaller inputs run on the calling thread.</summary>
    /// <value>The default value is 65,536 items; must be at least 1.</value>
    public int ParallelThreshold { get; set; } = 65_536;
}
