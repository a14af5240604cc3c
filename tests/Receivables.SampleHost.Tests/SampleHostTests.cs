using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Receivables.SampleHost;
using Receivables.Tests.Support;

namespace Receivables.SampleHost.Tests;

/// <summary>Runs only where a PostgreSQL server is given in RECEIVABLES_POSTGRES (bash .ci/test starts one and sets it).</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("RECEIVABLES_POSTGRES")))
        {
            Skip = "No PostgreSQL server: run through 'bash .ci/test', which installs and starts one and sets RECEIVABLES_POSTGRES.";
        }
    }
}

public class SampleHostTests
{
    private static readonly string Documents = Path.Combine(PublicApi.RepositoryRoot(), "docs", "samples", "documents.csv");

    [Fact]
    public async Task Run_Sqlite_HistoryWrittenAndReadBackReplaysToTheSameState()
    {
        var file = Path.Combine(Path.GetTempPath(), $"receivables-sample-{Guid.NewGuid():N}.db");
        try
        {
            var outcome = await Run($"Data Source={file};Pooling=False");

            Assert.True(outcome.Identical);
            Assert.True(outcome.Accounts >= 50);
            Assert.True(outcome.Events > 2_000);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [PostgresFact]
    public async Task Run_PostgreSql_HistoryWrittenAndReadBackReplaysToTheSameState()
    {
        var outcome = await Run(Environment.GetEnvironmentVariable("RECEIVABLES_POSTGRES")!);

        Assert.True(outcome.Identical);
        Assert.True(outcome.Accounts >= 50);
    }

    [Fact]
    public void Fingerprint_ChangedOpenAmount_Differs()
    {
        var ledger = SampleImport.Import(Documents);
        var account = ledger.Accounts.First(a => a.OpenItems.Any());
        var item = account.OpenItems.First();
        var changed = ledger.Update(account.Customer, a => a.WriteOff(item.Id, new("WO-TEST"), item.DueDate < item.DocumentDate ? item.DocumentDate : new DateOnly(2026, 12, 1), Money.Of(0.01m, item.Currency.Code)).Account);

        Assert.NotEqual(SampleRun.Fingerprint(ledger), SampleRun.Fingerprint(changed));
    }

    private static async Task<SampleOutcome> Run(string connectionString)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Receivables:Aging:Bounds:0"] = "30", ["Receivables:Aging:Bounds:1"] = "90" }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddReceivables(r => r.BindConfiguration());
        await using var provider = services.BuildServiceProvider();
        using var output = new StringWriter();

        var outcome = await SampleRun.RunAsync(provider, connectionString, Documents, output, CancellationToken.None);

        Assert.Contains("state identical: yes", output.ToString(), StringComparison.Ordinal);
        return outcome;
    }
}
