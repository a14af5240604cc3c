using Receivables.Matching;

namespace Receivables.Cli;

/// <summary>
/// The optional customers CSV for matching (docs/csv-formats.md): columns customer (required), name, account, parent;
/// several rows per customer add names and accounts. Merged with the names from the documents CSV.
/// </summary>
internal static class CustomersCsv
{
    public static List<CustomerProfile> Profiles(string? path, LoadedLedger ledger)
    {
        var names = new Dictionary<CustomerId, List<string>>();
        var accounts = new Dictionary<CustomerId, List<string>>();
        var parents = new Dictionary<CustomerId, CustomerId>();
        foreach (var (customer, name) in ledger.CustomerNames)
        {
            Add(names, customer, name);
        }

        if (path is not null)
        {
            var file = Path.GetFileName(path);
            foreach (var (customer, name, account, parent, line) in CsvFile.ReadAll(path, ["customer"], row =>
                (new CustomerId(row.Required("customer")), row.Optional("name"), row.Optional("account"), row.Optional("parent"), row.Line)))
            {
                Add(names, customer, name);
                Add(accounts, customer, account);
                if (parent is not null)
                {
                    if (parent == customer.Value)
                    {
                        throw new CsvInputException(file, line, "parent", "a customer cannot be its own parent.");
                    }

                    parents[customer] = new CustomerId(parent);
                }
            }
        }

        return [.. names.Keys.Union(accounts.Keys).Union(parents.Keys).Order().Select(c => new CustomerProfile(
            c,
            names.GetValueOrDefault(c),
            accounts.GetValueOrDefault(c),
            parents.TryGetValue(c, out var p) ? p : null))];
    }

    private static void Add(Dictionary<CustomerId, List<string>> map, CustomerId customer, string? value)
    {
        if (value is null)
        {
            return;
        }

        if (!map.TryGetValue(customer, out var list))
        {
            list = [];
            map.Add(customer, list);
        }

        if (!list.Contains(value))
        {
            list.Add(value);
        }
    }
}
