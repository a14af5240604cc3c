using FsCheck;
using FsCheck.Fluent;

namespace Receivables.Tests.Support;

/// <summary>Runs FsCheck properties from plain xUnit facts with one shared configuration.</summary>
public static class Properties
{
    /// <summary>The number of cases every invariant is checked with.</summary>
    public const int Cases = 1000;

    /// <summary>The shared configuration: 1,000 cases, failures thrown as exceptions with the counterexample.</summary>
    public static Config Config { get; } = Config.QuickThrowOnFailure.WithMaxTest(Cases).WithQuietOnSuccess(true);

    /// <summary>Checks a property over one generated value.</summary>
    public static void Check<T>(Arbitrary<T> arbitrary, Func<T, bool> property)
        => Prop.ForAll(arbitrary, property).Check(Config);

    /// <summary>Checks a property over one generated value; the property asserts with xUnit.</summary>
    public static void Check<T>(Arbitrary<T> arbitrary, Action<T> property)
        => Prop.ForAll(arbitrary, property).Check(Config);
}
