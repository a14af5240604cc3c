namespace Receivables.Cli.Tests;

/// <summary>
/// A fact that needs real culture data (ICU): it runs in the globalization-on pass of <c>.ci/test</c>
/// (<c>-p:InvariantGlobalization=false --filter Category=Culture</c>) and is skipped, saying so, in the invariant runs,
/// where every culture behaves like the invariant one and the test could not fail.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class CultureFactAttribute : FactAttribute
{
    public CultureFactAttribute()
    {
        if (IsInvariant)
        {
            Skip = "Needs culture data: runs in the globalization-on pass of .ci/test.";
        }
    }

    /// <summary>Whether this process runs in invariant globalization mode.</summary>
    public static bool IsInvariant => AppContext.TryGetSwitch("System.Globalization.Invariant", out var invariant) && invariant;
}

/// <summary>The theory form of <see cref="CultureFactAttribute"/>: skipped in invariant runs, run in the globalization-on pass.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class CultureTheoryAttribute : TheoryAttribute
{
    public CultureTheoryAttribute()
    {
        if (CultureFactAttribute.IsInvariant)
        {
            Skip = "Needs culture data: runs in the globalization-on pass of .ci/test.";
        }
    }
}
