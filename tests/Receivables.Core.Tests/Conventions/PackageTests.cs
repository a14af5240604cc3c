#if NET10_0_OR_GREATER
using System.Diagnostics;
using System.IO.Compression;
using System.Xml.Linq;
using Receivables.Tests.Support;

namespace Receivables.Tests.Conventions;

/// <summary>Packs the shipped packages once (Release) and checks what an ERP developer gets from NuGet.</summary>
public sealed class PackageFixture : IDisposable
{
    public PackageFixture()
    {
        Directory = Path.Combine(Path.GetTempPath(), "receivables-pack-" + Guid.NewGuid().ToString("N"));
        var root = PublicApi.RepositoryRoot();
        foreach (var project in new[] { "src/Receivables.Core/Receivables.Core.csproj", "src/Receivables.Cli/Receivables.Cli.csproj" })
        {
            var start = new ProcessStartInfo("dotnet", ["pack", Path.Combine(root, project), "-c", "Release", "-o", Directory, "-nologo", "-v", "q"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = root,
            };
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"dotnet pack {project} failed ({process.ExitCode}):\n{output.Result}\n{error.Result}");
            }
        }
    }

    public string Directory { get; }

    public string Find(string pattern) => System.IO.Directory.GetFiles(Directory, pattern).Single();

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}

public class PackageTests(PackageFixture packages) : IClassFixture<PackageFixture>
{
    [Theory]
    [InlineData("Receivables.Core")]
    [InlineData("Receivables.Cli")]
    public void Pack_Nuspec_HasLicenseReadmeAndRepository(string id)
    {
        using var package = ZipFile.OpenRead(packages.Find(id + ".0*.nupkg"));

        var nuspec = XDocument.Load(package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
        var metadata = nuspec.Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string? Element(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;
        var license = metadata.Elements().Single(e => e.Name.LocalName == "license");
        var repository = metadata.Elements().Single(e => e.Name.LocalName == "repository");

        Assert.Equal("expression", license.Attribute("type")!.Value);
        Assert.Equal("MIT", license.Value);
        Assert.Equal("README.md", Element("readme"));
        Assert.Contains(package.Entries, e => e.FullName == "README.md");
        Assert.Equal("git", repository.Attribute("type")!.Value);
        Assert.StartsWith("https://", repository.Attribute("url")!.Value, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(Element("description")));
    }

    [Fact]
    public void Pack_Core_HasAssembliesAndXmlDocsForBothFrameworks()
    {
        using var package = ZipFile.OpenRead(packages.Find("Receivables.Core.0*.nupkg"));

        var names = package.Entries.Select(e => e.FullName).ToHashSet();

        foreach (var tfm in new[] { "net8.0", "net10.0" })
        {
            Assert.Contains($"lib/{tfm}/Receivables.Core.dll", names);
            Assert.Contains($"lib/{tfm}/Receivables.Core.xml", names);
        }
    }

    [Fact]
    public void Pack_Core_NuspecDeclaresNoDependencies()
    {
        using var package = ZipFile.OpenRead(packages.Find("Receivables.Core.0*.nupkg"));

        var nuspec = XDocument.Load(package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());

        Assert.DoesNotContain(nuspec.Descendants(), e => e.Name.LocalName == "dependency");
    }

    [Theory]
    [InlineData("Receivables.Core")]
    [InlineData("Receivables.Cli")]
    public void Pack_SymbolPackage_HasPortablePdbs(string id)
    {
        using var symbols = ZipFile.OpenRead(packages.Find(id + ".0*.snupkg"));

        Assert.Contains(symbols.Entries, e => e.FullName.EndsWith(".pdb", StringComparison.Ordinal));
    }

    [Fact]
    public void Pack_Cli_IsADotnetToolNamedReceivables()
    {
        using var package = ZipFile.OpenRead(packages.Find("Receivables.Cli.0*.nupkg"));

        var settings = package.Entries.First(e => e.FullName.EndsWith("DotnetToolSettings.xml", StringComparison.Ordinal));
        var command = XDocument.Load(settings.Open()).Descendants().Single(e => e.Name.LocalName == "Command");

        Assert.Equal("receivables", command.Attribute("Name")!.Value);
    }
}
#endif
