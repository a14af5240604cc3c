using BenchmarkDotNet.Attributes;
using Receivables.Matching;
using Receivables.Tests.Matching.Synthetic;

namespace Receivables.Benchmarks;

/// <summary>
/// What a byte costs matching on this machine (decision 365): matching with a built index (the world of
/// <see cref="MatchingBenchmarks"/>: 100,000 lines against 1,001,453 open items) with one more rule that allocates
/// <see cref="BytesPerLine"/> bytes for every line and drops them at once (<see cref="BytesDropped"/>) or keeps them
/// until the run ends (<see cref="BytesKept"/>, as a result keeps its objects), beside the same rule allocating nothing
/// (<see cref="NothingAllocated"/>, the baseline). The rule proposes nothing, so the three runs decide the same; the
/// differences are the marginal cost of 60 MB allocated, and allocated and kept, by the matching thread: the figure
/// that says what a kernel allocating fewer bytes can save.
/// </summary>
[MemoryDiagnoser]
public class MatchingMemoryCostBenchmarks
{
    /// <summary>The bytes the rule allocates per line (one byte array of this size, header included): about what a
    /// line allocates today beyond what its result keeps.</summary>
    public const int BytesPerLine = 600;

    private SyntheticStatement _data = null!;
    private MatchIndex _index = null!;
    private MatchingEngine _nothing = null!;
    private MatchingEngine _dropped = null!;
    private MatchingEngine _kept = null!;
    private AllocatingRule _keeping = null!;

    /// <summary>Generates the world, builds its index once, and makes the three engines.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var data = MatchingDataGenerator.Generate(MatchingDataGenerator.DocumentedSeed, 50_000, 20, 100_000);
        Setup(data, MatchingEngine.Create().BuildIndex(data.Items, data.Customers));
    }

    /// <summary>Makes the three engines over a world and its index built elsewhere (the CPU-time runner shares
    /// <see cref="MatchingBenchmarks"/>' world instead of generating it again).</summary>
    internal void Setup(SyntheticStatement data, MatchIndex index)
    {
        (_data, _index) = (data, index);
        _keeping = new AllocatingRule(BytesPerLine, keep: true);
        _nothing = With(new AllocatingRule(0, keep: false));
        _dropped = With(new AllocatingRule(BytesPerLine, keep: false));
        _kept = With(_keeping);
    }

    /// <summary>Lets go of what the keeping rule kept in the iteration just measured.</summary>
    [IterationCleanup]
    public void Cleanup() => _keeping.Release();

    /// <summary>The default rules and a rule that allocates nothing: the baseline of the other two.</summary>
    [Benchmark(Baseline = true)]
    public MatchResult NothingAllocated() => _nothing.Match(_index, _data.Lines);

    /// <summary>The same with <see cref="BytesPerLine"/> bytes allocated per line and dropped (garbage).</summary>
    [Benchmark]
    public MatchResult BytesDropped() => _dropped.Match(_index, _data.Lines);

    /// <summary>The same with <see cref="BytesPerLine"/> bytes allocated per line and kept until the run ends.</summary>
    [Benchmark]
    public MatchResult BytesKept() => _kept.Match(_index, _data.Lines);

    private static MatchingEngine With(IMatchRule rule)
    {
        var options = new MatchingOptions();
        options.Rules.Add(rule);
        return MatchingEngine.Create(options);
    }

    /// <summary>A rule that proposes nothing and allocates one byte array per line (none when the size is zero),
    /// kept in a list until <see cref="Release"/> when asked to keep. Not thread-safe (one engine, one thread).</summary>
    private sealed class AllocatingRule(int bytes, bool keep) : IMatchRule
    {
        private const int ArrayHeader = 24;
        private readonly List<byte[]> _kept = [];

        public IReadOnlyList<MatchProposal> Propose(in MatchRuleArguments arguments)
        {
            if (bytes > 0)
            {
                var array = new byte[bytes - ArrayHeader];
                array[0] = 1;
                if (keep)
                {
                    _kept.Add(array);
                }
            }

            return [];
        }

        public void Release()
        {
            _kept.Clear();
            _kept.TrimExcess();
        }
    }
}
