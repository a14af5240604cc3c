using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Receivables.SampleHost;

// A sample ERP host: Generic Host, appsettings.json, AddReceivables, the ledger's history in SQLite (default) or
// PostgreSQL (a connection string with Host=..., e.g. ConnectionStrings__Ledger="Host=localhost;Database=ar;...").
// It imports the sample documents, stores and replays the history, then runs aging, credit checks and the reminder
// plan (with the collectors' worklist) through the container and prints a short report.
// Usage: dotnet run --project samples/Receivables.SampleHost [-- path/to/documents.csv]
// The content root is the build output, where appsettings.json is copied, so the settings apply from any directory.
var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.Services.AddReceivables(r => r.BindConfiguration());
using var host = builder.Build();
await host.StartAsync();                         // validates the Receivables options (ValidateOnStart)

var connectionString = builder.Configuration.GetConnectionString("Ledger") ?? "Data Source=receivables-sample.db";
var documents = args.FirstOrDefault(a => !a.StartsWith('-') && a.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)) ?? SamplePaths.Documents();
var outcome = await SampleRun.RunAsync(host.Services, connectionString, documents, Console.Out, CancellationToken.None);

await host.StopAsync();
return outcome.Identical ? 0 : 1;
