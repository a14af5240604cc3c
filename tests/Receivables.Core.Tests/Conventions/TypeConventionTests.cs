using System.Runtime.CompilerServices;

namespace Receivables.Tests.Conventions;

/// <summary>House-style rules checked over the whole public surface, so they hold for code not written yet.</summary>
public class TypeConventionTests
{
    private static readonly Type[] PublicTypes = typeof(Money).Assembly.GetExportedTypes();

    [Fact]
    public void PublicClasses_AreSealedStaticOrAbstract()
    {
        var open = PublicTypes.Where(t => t.IsClass && !t.IsAbstract && !t.IsSealed).Select(t => t.FullName).ToList();

        Assert.True(open.Count == 0, "Public classes must be sealed unless designed for extension: " + string.Join(", ", open));
    }

    [Fact]
    public void PublicStructs_AreReadOnly()
    {
        var mutable = PublicTypes.Where(t => t.IsValueType && !t.IsEnum && !t.IsDefined(typeof(IsReadOnlyAttribute), false)).Select(t => t.FullName).ToList();

        Assert.True(mutable.Count == 0, "Public structs must be readonly: " + string.Join(", ", mutable));
    }

    [Fact]
    public void PublicTypeNames_AvoidManagerHelperUtil()
    {
        var vague = PublicTypes.Where(t => t.Name.EndsWith("Manager", StringComparison.Ordinal) || t.Name.EndsWith("Helper", StringComparison.Ordinal) || t.Name.EndsWith("Util", StringComparison.Ordinal) || t.Name.EndsWith("Utils", StringComparison.Ordinal)).Select(t => t.FullName).ToList();

        Assert.Empty(vague);
    }

    [Fact]
    public void PublicExceptions_AreSealed()
    {
        var exceptions = PublicTypes.Where(t => typeof(Exception).IsAssignableFrom(t)).ToList();

        Assert.NotEmpty(exceptions);
        Assert.All(exceptions, e => Assert.True(e.IsSealed, e.FullName));
    }

    [Fact]
    public void PublicTypes_LiveInReceivablesNamespaces()
    {
        Assert.All(PublicTypes, t => Assert.StartsWith("Receivables", t.Namespace, StringComparison.Ordinal));
        Assert.DoesNotContain(PublicTypes, t => t.Namespace!.Contains("Internal", StringComparison.Ordinal));
    }
}
