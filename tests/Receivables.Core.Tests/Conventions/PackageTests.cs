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
        foreach (var project in Projects)
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

    /// <summary>Every shipped package.</summary>
    public static readonly string[] Projects =
    [
        "src/Receivables.Core/Receivables.Core.csproj",
        "src/Receivables.Cli/Receivables.Cli.csproj",
        "src/Receivables.NodaTime/Receivables.NodaTime.csproj",
        "src/Receivables.FluentValidation/Receivables.FluentValidation.csproj",
        "src/Receivables.Extensions.DependencyInjection/Receivables.Extensions.DependencyInjection.csproj",
    ];

    public string Directory { get; }

    public string Find(string pattern) => System.IO.Directory.GetFiles(Directory, pattern).Single();

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}

public class PackageTests(PackageFixture packages) : IClassFixture<PackageFixture>
{
    public static TheoryData<string> Packages => [.. PackageFixture.Projects.Select(p => Path.GetFileNameWithoutExtension(p))];

    [Theory]
    [MemberData(nameof(Packages))]
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
        Assert.Equal("icon.png", Element("icon"));
        Assert.Contains(package.Entries, e => e.FullName == "icon.png");
        Assert.StartsWith("## [", Element("releaseNotes"), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Packages))]
    public void Pack_Readme_HasNoRelativeLinksThatBreakOnNuGet(string id)
    {
        using var package = ZipFile.OpenRead(packages.Find(id + ".0*.nupkg"));

        using var reader = new StreamReader(package.Entries.Single(e => e.FullName == "README.md").Open());
        var readme = reader.ReadToEnd();

        Assert.Contains("# " + id.Split('.')[0], readme, StringComparison.Ordinal);
        foreach (System.Text.RegularExpressions.Match link in System.Text.RegularExpressions.Regex.Matches(readme, @"\]\(([^)]+)\)"))
        {
            Assert.StartsWith("https://", link.Groups[1].Value, StringComparison.Ordinal);
        }
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

    [Theory]
    [InlineData("Receivables.NodaTime", "NodaTime")]
    [InlineData("Receivables.FluentValidation", "FluentValidation")]
    [InlineData("Receivables.Extensions.DependencyInjection", "Microsoft.Extensions.DependencyInjection.Abstractions")]
    public void Pack_AddOn_DependsOnCoreAndItsLibrary(string id, string library)
    {
        using var package = ZipFile.OpenRead(packages.Find(id + ".0*.nupkg"));

        var nuspec = XDocument.Load(package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
        var dependencies = nuspec.Descendants().Where(e => e.Name.LocalName == "dependency").Select(e => e.Attribute("id")!.Value).ToHashSet();

        Assert.Contains("Receivables.Core", dependencies);
        Assert.Contains(library, dependencies);
        Assert.Contains(package.Entries, e => e.FullName == $"lib/net8.0/{id}.xml");
        Assert.Contains(package.Entries, e => e.FullName == $"lib/net10.0/{id}.xml");
    }

    [Fact]
    public void Pack_Core_NuspecDeclaresNoDependencies()
    {
        using var package = ZipFile.OpenRead(packages.Find("Receivables.Core.0*.nupkg"));

        var nuspec = XDocument.Load(package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());

        Assert.DoesNotContain(nuspec.Descendants(), e => e.Name.LocalName == "dependency");
    }

    [Theory]
    [MemberData(nameof(Packages))]
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
