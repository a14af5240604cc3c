using System.Runtime.CompilerServices;

namespace Receivables.Tests.Support;

/// <summary>
/// Keeps code in the docs equal to code that tests compile and run. A doc marks a block with
/// <c>&lt;!-- snippet: name --&gt;</c> on the line before a fenced code block (the README's quick start is its first
/// csharp block); a test marks the same code with <c>// snippet: name</c> … <c>// end snippet</c>.
/// </summary>
public static class DocSnippets
{
    public static void AssertDocMatchesTest(string docRelativePath, string snippet, [CallerFilePath] string testFile = "")
    {
        var docPath = Path.Combine(PublicApi.RepositoryRoot(), docRelativePath);
        var doc = File.ReadAllLines(docPath);
        var fromDoc = snippet == "readme" ? FirstCSharpBlock(doc) : MarkedBlock(doc, snippet, docRelativePath);
        var fromTest = TestRegion(File.ReadAllLines(SourcePath(testFile)), snippet);

        Assert.Equal(Normalize(fromTest), Normalize(fromDoc));
    }

    // A deterministic (CI) build maps source paths to "/_/…"; map them back to the repository.
    private static string SourcePath(string callerPath)
        => callerPath.StartsWith("/_/", StringComparison.Ordinal) ? Path.Combine(PublicApi.RepositoryRoot(), callerPath[3..]) : callerPath;

    private static List<string> FirstCSharpBlock(string[] lines)
    {
        var start = Array.FindIndex(lines, l => l.Trim() == "```csharp");
        return Block(lines, start);
    }

    private static List<string> MarkedBlock(string[] lines, string snippet, string doc)
    {
        var marker = Array.FindIndex(lines, l => l.Trim() == $"<!-- snippet: {snippet} -->");
        if (marker < 0)
        {
            throw new InvalidOperationException($"{doc} has no '<!-- snippet: {snippet} -->' marker.");
        }

        return Block(lines, marker + 1);
    }

    private static List<string> Block(string[] lines, int fenceLine)
    {
        var end = Array.FindIndex(lines, fenceLine + 1, l => l.Trim() == "```");
        return [.. lines[(fenceLine + 1)..end]];
    }

    private static List<string> TestRegion(string[] lines, string snippet)
    {
        var start = Array.FindIndex(lines, l => l.Trim() == $"// snippet: {snippet}");
        var end = Array.FindIndex(lines, start + 1, l => l.Trim() == "// end snippet");
        return [.. lines[(start + 1)..end]];
    }

    private static string Normalize(IEnumerable<string> lines)
        => string.Join('\n', lines.Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith("using ", StringComparison.Ordinal)));
}
