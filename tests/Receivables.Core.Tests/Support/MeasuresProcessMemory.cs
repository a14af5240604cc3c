namespace Receivables.Tests.Support;

/// <summary>
/// Tests that measure the process's live heap (<see cref="GC.GetTotalMemory(bool)"/>) run in this collection: xUnit
/// runs it alone, after the parallel collections, so other tests' allocations do not count as theirs.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MeasuresProcessMemory
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Measures process memory";
}
