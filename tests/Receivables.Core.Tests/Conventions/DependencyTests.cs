using System.Xml.Linq;
using Receivables.Tests.Support;

namespace Receivables.Tests.Conventions;

public class DependencyTests
{
    [Fact]
    public void ReceivablesCore_ReferencesOnlyBaseLibraryAssemblies()
    {
        var references = typeof(Money).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        var foreign = references.Where(n => !(n == "System" || n.StartsWith("System.", StringComparison.Ordinal) || n is "netstandard" or "mscorlib")).ToList();
        Assert.True(foreign.Count == 0, "Receivables.Core references non-base-library assemblies: " + string.Join(", ", foreign));
        Assert.NotEmpty(references);
    }

    [Fact]
    public void ReceivablesCoreProject_HasNoPackageReference()
    {
        var project = XDocument.Load(Path.Combine(PublicApi.RepositoryRoot(), "src", "Receivables.Core", "Receivables.Core.csproj"));

        var packages = project.Descendants().Where(e => e.Name.LocalName == "PackageReference").ToList();

        Assert.Empty(packages);
    }

    [Fact]
    public void SourceCode_DoesNotReadTheClock()
    {
        var banned = new[] { "DateTime.Now", "DateTime.UtcNow", "DateTime.Today", "DateTimeOffset.Now", "DateTimeOffset.UtcNow", "TimeProvider.System" };
        var offenders = Directory.EnumerateFiles(Path.Combine(PublicApi.RepositoryRoot(), "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => banned.Where(b => File.ReadAllText(f).Contains(b, StringComparison.Ordinal)).Select(b => $"{f}: {b}"))
            .ToList();

        Assert.Empty(offenders);
    }
}
