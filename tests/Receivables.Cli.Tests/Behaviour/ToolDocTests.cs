using System.Text.Json.Nodes;

namespace Receivables.Cli.Tests.Behaviour;

public class ToolDocTests
{
    [Fact]
    public void ToolDoc_JsonExample_IsWhatTheCommandPrints()
    {
        var doc = File.ReadAllText(Path.Combine(CliRunner.RepositoryRoot(), "docs", "tool.md"));
        var start = doc.IndexOf("```json", doc.IndexOf("<!-- json-example -->", StringComparison.Ordinal), StringComparison.Ordinal) + "```json".Length;
        var example = doc[start..doc.IndexOf("```", start, StringComparison.Ordinal)];

        var (code, output, error) = CliRunner.Run("ledger", CliRunner.SampleDocuments, "--as-of", "2026-11-30", "--customer", "C-1012", "--table", "balances", "--format", "json");

        Assert.True(code == 0, error);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(example), JsonNode.Parse(output)), output);
    }

    [Fact]
    public void Completion_SuggestDirective_CompletesCommandNames()
    {
        var (code, output, _) = CliRunner.Run("[suggest:3]", "led");

        Assert.Equal(0, code);
        Assert.Contains("ledger", output, StringComparison.Ordinal);
    }
}
