using System.CommandLine;
using System.Globalization;
using Receivables.Credit;
using Receivables.Credit.LatePayment;
using Receivables.Credit.Policy;
using Receivables.Credit.Scoring;
using Receivables.Ledger;

namespace Receivables.Cli.Commands;

/// <summary><c>receivables credit</c>: score, grade, limit, terms and top reasons per customer.</summary>
internal static class CreditCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<FileInfo>("documents") { Description = "Documents CSV (see docs/csv-formats.md)." };
        var financials = new Option<FileInfo?>("--financials") { Description = "Financial statements and other credit inputs per customer (see docs/credit.md)." };
        var asOf = LedgerCommand.AsOfOption();
        var customer = new Option<string?>("--customer") { Description = "Show only this customer id." };
        var baseLimit = CliParsers.DecimalOption("--base-limit");
        baseLimit.Description = "Limit of an AAA customer without statements or purchase history, in each customer's currency (default policy).";
        baseLimit.DefaultValueFactory = _ => 100_000m;
        var format = ReportWriter.FormatOption();
        var command = new Command("credit", "Credit scores, grades, limits, payment terms and reasons per customer.") { file, financials, asOf, customer, baseLimit, format };
        command.SetAction(parse => context.Guarded(() =>
        {
            if (parse.GetValue(baseLimit) <= 0m)
            {
                context.Error.WriteLine("error: --base-limit must be greater than zero.");
                return CliApp.InputError;
            }

            var loaded = LedgerLoader.Load(parse.GetValue(file)!.FullName);
            var date = parse.GetValue(asOf) ?? LedgerCommand.LatestDate(loaded);
            var only = parse.GetValue(customer);
            var financialsFile = parse.GetValue(financials);
            var rows = financialsFile is null ? [] : FinancialsCsv.Read(financialsFile.FullName);
            var known = loaded.Ledger.Accounts.Select(a => a.Customer).ToHashSet();
            if (rows.FirstOrDefault(r => !known.Contains(r.Customer)) is { } stranger)
            {
                throw new CsvInputException(financialsFile!.Name, stranger.Line, "customer", $"customer {stranger.Customer.Value} is not in the documents file.");
            }

            var byCustomer = rows.GroupBy(r => r.Customer).ToDictionary(g => g.Key, g => g.Last());
            var accounts = loaded.Ledger.AsOf(date).Accounts.Where(a => only is null || a.Customer.Value == only).ToList();
            if (only is not null && accounts.Count == 0)
            {
                throw new UserInputException($"--customer: {only} is not a customer in {parse.GetValue(file)!.Name}.");
            }

            var model = TryFit(loaded.Ledger.AsOf(date).Accounts, date);
            var reports = Assess(loaded, accounts, byCustomer, financialsFile?.Name, date, parse.GetValue(baseLimit), model);
            ReportWriter.Write(context, parse.GetValue(format), reports);
            return CliApp.Success;
        }));
        return command;
    }

    private static LatePaymentModel? TryFit(IEnumerable<CustomerAccount> accounts, DateOnly asOf)
    {
        try
        {
            return LatePaymentModel.Fit(accounts, asOf);
        }
        catch (ArgumentException)
        {
            // Too little history, or only one outcome: the column is left empty and the title says why.
            return null;
        }
    }

    private static Scorecard ScorecardFor(AltmanModel model) => Scorecard.DefaultFor(model);

    private static Report[] Assess(
        LoadedLedger loaded,
        List<CustomerAccount> accounts,
        Dictionary<CustomerId, FinancialsRow> financials,
        string? financialsName,
        DateOnly asOf,
        decimal baseLimit,
        LatePaymentModel? model)
    {
        var scorecards = new Dictionary<AltmanModel, Scorecard>();
        var policies = new Dictionary<Currency, ICreditPolicy>();
        var rows = new List<IReadOnlyList<string>>();
        foreach (var account in accounts)
        {
            if (!account.Items.Any(i => i.Document.IsDebit && i.Document.DocumentDate <= asOf))
            {
                continue;
            }

            var profile = CreditProfile.FromAccount(account, asOf);
            var altman = AltmanModel.PrivateFirm;
            if (financials.TryGetValue(account.Customer, out var f))
            {
                altman = f.Model;
                profile = profile with
                {
                    Statements = f.Statements,
                    IndustryRiskClass = f.IndustryRisk,
                    CreditLimit = f.CreditLimit is { } l ? new Money(l, profile.Currency) : null,
                    OpenOrders = f.OpenOrders is { } o ? new Money(o, profile.Currency) : null,
                    ExternalScores = f.Bureau is { } b ? [b] : [],
                };
            }

            if (!scorecards.TryGetValue(altman, out var scorecard))
            {
                scorecards[altman] = scorecard = ScorecardFor(altman);
            }

            CreditScore score;
            try
            {
                score = scorecard.Score(profile);
            }
            catch (ArgumentException ex) when (f is not null)
            {
                throw new CsvInputException(financialsName!, f.Line, FinancialsCsv.ColumnOf(ex.ParamName), ex.Message.Split(" (Parameter", 2)[0]);
            }

            if (!policies.TryGetValue(profile.Currency, out var policy))
            {
                policies[profile.Currency] = policy = CreditPolicies.Default(new Money(baseLimit, profile.Currency));
            }

            var assessment = policy.Assess(new CreditPolicyArguments(profile, score));
            var late = model?.PredictCustomer(profile);
            rows.Add(
            [
                account.Customer.Value,
                loaded.NameOf(account.Customer),
                profile.Currency.Code,
                score.Score is { } s ? s.ToString("0.0", CultureInfo.InvariantCulture) : string.Empty,
                score.Grade ?? "unrated",
                ReportWriter.Amount(assessment.Limit.Amount),
                assessment.PaymentTerms + (assessment.IsNewCustomer ? " (new)" : string.Empty),
                assessment.DepositShare.ToString("0%", CultureInfo.InvariantCulture),
                ReportWriter.Amount(profile.Exposure),
                ReportWriter.Date(assessment.NextReview),
                late is { } p ? p.ToString("0.00", CultureInfo.InvariantCulture) : string.Empty,
                string.Join("; ", score.TopReasons.Select(r => r.Text)),
                string.Join("; ", assessment.Reasons.Concat(assessment.ReviewTriggers).Select(r => r.Text)),
            ]);
        }

        var credit = new Report(
            $"Credit as of {ReportWriter.Date(asOf)}",
            [
                new("Customer"), new("Name"), new("Currency"), new("Score", true), new("Grade"), new("Limit", true), new("Terms"),
                new("Deposit", true), new("Exposure", true), new("Next review"), new("Late p", true), new("Top reasons"), new("Why"),
            ],
            rows);
        return model is null ? [credit] : [credit, ModelReport(model)];
    }

    private static Report ModelReport(LatePaymentModel model)
    {
        var c = model.Calibration;
        var rows = new List<IReadOnlyList<string>>
        {
            Row("intercept", model.Intercept),
        };
        rows.AddRange(model.Coefficients.Select(x => Row(x.Feature, x.Weight)));
        rows.Add(Row("hold-out AUC", c.Auc));
        rows.Add(Row("hold-out Brier score", c.BrierScore));
        rows.Add(Row("hold-out late share", c.HoldoutLateShare));
        rows.Add(Row("training invoices", c.TrainingCount));
        rows.Add(Row("hold-out invoices", c.HoldoutCount));
        return new Report("Late-payment model", [new("Term"), new("Value", true)], rows);

        static IReadOnlyList<string> Row(string term, double value) => [term, value.ToString("0.####", CultureInfo.InvariantCulture)];
    }
}
