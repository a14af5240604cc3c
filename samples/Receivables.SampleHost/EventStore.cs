using System.Data.Common;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Npgsql;
using Receivables.Ledger;
using Receivables.Serialization;

namespace Receivables.SampleHost;

/// <summary>
/// Keeps each customer account's event history in a database table, one row per event, in recording order: what an
/// ERP integrator does with the library's events. The same SQL runs on SQLite (the embedded default) and PostgreSQL.
/// </summary>
internal sealed class EventStore(Func<DbConnection> connect, bool postgres)
{
    /// <summary>Opens the store named by a connection string: PostgreSQL when it has a Host, SQLite otherwise.</summary>
    public static EventStore Open(string connectionString)
    {
        var postgres = connectionString.Contains("Host=", StringComparison.OrdinalIgnoreCase);
        return postgres
            ? new EventStore(() => new NpgsqlConnection(connectionString), postgres: true)
            : new EventStore(() => new SqliteConnection(connectionString), postgres: false);
    }

    public string Kind => postgres ? "PostgreSQL" : "SQLite";

    public async Task CreateAsync(CancellationToken cancel)
    {
        await using var connection = await OpenAsync(cancel);
        await using var command = connection.CreateCommand();
        command.CommandText = "CREATE TABLE IF NOT EXISTS ledger_events (customer TEXT NOT NULL, seq INTEGER NOT NULL, body TEXT NOT NULL, PRIMARY KEY (customer, seq))";
        await command.ExecuteNonQueryAsync(cancel);
        command.CommandText = "DELETE FROM ledger_events";
        await command.ExecuteNonQueryAsync(cancel);
    }

    /// <summary>Writes every account's history in one transaction: all or nothing.</summary>
    public async Task SaveAsync(ReceivablesLedger ledger, CancellationToken cancel)
    {
        await using var connection = await OpenAsync(cancel);
        await using var transaction = await connection.BeginTransactionAsync(cancel);
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO ledger_events (customer, seq, body) VALUES (@customer, @seq, @body)";
        var customer = Parameter(insert, "customer");
        var seq = Parameter(insert, "seq");
        var body = Parameter(insert, "body");
        foreach (var account in ledger.Accounts)
        {
            var n = 0;
            foreach (var e in account.History)
            {
                customer.Value = account.Customer.Value;
                seq.Value = n++;
                body.Value = JsonSerializer.Serialize(e, ReceivablesJson.Options);
                await insert.ExecuteNonQueryAsync(cancel);
            }
        }

        await transaction.CommitAsync(cancel);
    }

    /// <summary>Reads every history back and replays it into a ledger (the events are checked again on the way in).</summary>
    public async Task<ReceivablesLedger> LoadAsync(CancellationToken cancel)
    {
        var histories = new SortedDictionary<string, List<LedgerEvent>>(StringComparer.Ordinal);
        await using var connection = await OpenAsync(cancel);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT customer, body FROM ledger_events ORDER BY customer, seq";
        await using var reader = await command.ExecuteReaderAsync(cancel);
        while (await reader.ReadAsync(cancel))
        {
            var customer = reader.GetString(0);
            if (!histories.TryGetValue(customer, out var events))
            {
                histories[customer] = events = [];
            }

            events.Add(JsonSerializer.Deserialize<LedgerEvent>(reader.GetString(1), ReceivablesJson.Options)
                ?? throw new InvalidDataException($"An event of {customer} is null."));
        }

        var ledger = ReceivablesLedger.Empty;
        foreach (var (customer, events) in histories)
        {
            var id = new CustomerId(customer);
            ledger = ledger.Update(id, _ => CustomerAccount.Replay(id, events));
        }

        return ledger;
    }

    private async Task<DbConnection> OpenAsync(CancellationToken cancel)
    {
        var connection = connect();
        await connection.OpenAsync(cancel);
        return connection;
    }

    private static DbParameter Parameter(DbCommand command, string name)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        command.Parameters.Add(parameter);
        return parameter;
    }
}
