using Receivables.Aging;
using Receivables.Aging.Alerts;
using Receivables.Calendars;
using Receivables.Ledger;
using Receivables.Matching;
using Receivables.Terms;
using Receivables.Tests.Support;

namespace Receivables.Tests.Docs;

/// <summary>The worked examples of docs/extending.md: one per extension point, each compiled, run and compared with the page.</summary>
public class ExtendingDocTests
{
    [Fact]
    public void Rounding_SwissCashRounding_RoundsToFiveRappen()
    {
        // snippet: extend-rounding
        var policy = new ToFiveRappen();

        Assert.Equal(12.35m, policy.Round(new RoundingArguments(12.34m, Currency.FromCode("CHF"))));
        Assert.Equal(12.35m, policy.Round(12.34m, Currency.FromCode("CHF")));   // the short form
        // end snippet
    }

    [Fact]
    public void DueDate_TenthOfTheMonthAfterNext_FromTheInvoiceDate()
    {
        // snippet: extend-due-date
        IDueDateRule rule = new TenthOfTheMonthAfterNext();

        Assert.Equal(new DateOnly(2026, 3, 10), rule.DueDate(new DueDateArguments(new DateOnly(2026, 1, 31))));
        var schedule = PaymentTerm.Create(InstallmentLine.Balance(rule)).Schedule(Money.Of(500m, "EUR"), new TermDates(new DateOnly(2026, 1, 31)));
        Assert.Equal(new DateOnly(2026, 3, 10), schedule.Installments.Single().DueDate);
        // end snippet
    }

    [Fact]
    public void Calendar_HostHolidayTable_IsABusinessCalendar()
    {
        // snippet: extend-calendar
        var plant = new PlantCalendar([new DateOnly(2026, 12, 24), new DateOnly(2026, 12, 25), new DateOnly(2026, 12, 31)]);

        Assert.False(plant.IsBusinessDay(new DateOnly(2026, 12, 24)));
        Assert.Equal(new DateOnly(2026, 12, 28), plant.Adjust(new DateOnly(2026, 12, 24), BusinessDayConvention.Following));
        // end snippet
    }

    [Fact]
    public void Allocation_LargestItemFirst_SettlesTheBiggestInvoice()
    {
        // snippet: extend-allocation
        var acme = new CustomerId("C-1");
        var account = CustomerAccount.Create(acme)
            .Post(Document.Invoice(new("INV-1"), acme, Money.Of(100m, "EUR"), new(2026, 1, 1), new(2026, 1, 31)))
            .Post(Document.Invoice(new("INV-2"), acme, Money.Of(400m, "EUR"), new(2026, 2, 1), new(2026, 3, 3)))
            .Post(Document.Payment(new("PAY-1"), acme, Money.Of(400m, "EUR"), new(2026, 3, 5)));

        var result = account.Apply(new("PAY-1"), new LargestItemFirst(), new(2026, 3, 5));

        Assert.Equal(Money.Of(100m, "EUR"), result.Account.GetItem(new("INV-1")).Open);
        Assert.False(result.Account.GetItem(new("INV-2")).IsOpen);
        // end snippet
    }

    [Fact]
    public void AgingClassifier_QuarterEnds_BucketsByQuarter()
    {
        // snippet: extend-aging-classifier
        var scheme = AgingScheme.Create(new QuartersOverdue(), labels: ["not due", "this quarter", "last quarter", "older"], notYetDueBuckets: 1);
        var engine = AgingEngine.Create(scheme);
        var acme = new CustomerId("C-1");
        OpenItem[] items =
        [
            new(new("INV-1"), acme, Money.Of(100m, "EUR"), new(2026, 6, 1), new(2026, 7, 1)),
            new(new("INV-2"), acme, Money.Of(200m, "EUR"), new(2026, 10, 1), new(2026, 10, 31)),
        ];

        var line = engine.Age(new DateOnly(2026, 11, 30), items).Sections.Single().Lines.Single();

        Assert.Equal([0m, 200m, 100m, 0m], line.Amounts.Select(a => a.Amount));
        // end snippet
    }

    [Fact]
    public void AlertRule_BigCustomer_AlertsAboveAThreshold()
    {
        // snippet: extend-alert
        var acme = new CustomerId("C-1");
        OpenItem[] items = [new(new("INV-1"), acme, Money.Of(60_000m, "EUR"), new(2026, 9, 1), new(2026, 10, 1))];
        var report = AgingEngine.Create(AgingScheme.ErpNextDefault).Age(new DateOnly(2026, 11, 30), items);

        var alerts = AgingAlertRules.Evaluate(new AgingAlertArguments(report), [new BigBalance(50_000m)]);

        Assert.Equal("acme.big-balance", Assert.Single(alerts).Code);
        Assert.Equal("C-1 owes 60000.00 EUR, above 50000", alerts[0].Reason.Text);
        // end snippet
    }

    [Fact]
    public void MatchRule_ContractNumberInText_ProposesTheOldestItemOfThatContract()
    {
        // snippet: extend-match-rule
        var acme = new CustomerId("C-1");
        var item = new OpenItem(new("INV-7"), acme, Money.Of(250m, "EUR"), new(2026, 10, 1), new(2026, 10, 31), references: ["HT-2026-07"]);
        var line = new StatementLine("B-1", new(2026, 11, 2), new(2026, 11, 2), Money.Of(250m, "EUR"), remittanceText: "contract HT-2026-07");

        var proposals = new ContractReferenceRule().Propose(new MatchRuleArguments(line, [item], [], [], []));

        Assert.Equal(new DocumentId("INV-7"), Assert.Single(Assert.Single(proposals).Allocations).Item);
        Assert.Equal("acme.contract", proposals[0].Reasons.Single().Code);
        // end snippet
    }

    [Fact]
    public void ConflictPolicy_LargestPaymentFirst_TakesTheInvoice()
    {
        // snippet: extend-conflict-policy
        var acme = new CustomerId("C-1");
        var invoice = new OpenItem(new("INV-7"), acme, Money.Of(250m, "EUR"), new(2026, 10, 1), new(2026, 10, 31));
        StatementLine[] lines =
        [
            new("B-1", new(2026, 11, 2), new(2026, 11, 2), Money.Of(250m, "EUR"), remittanceText: "INV-7"),
            new("B-2", new(2026, 11, 3), new(2026, 11, 3), Money.Of(260m, "EUR"), remittanceText: "INV-7"),
        ];

        var result = MatchingEngine.Create(new MatchingOptions { ConflictPolicy = new LargestPaymentFirst() }).Match(lines, [invoice]);

        Assert.Equal(MatchDecision.Unmatched, result.Lines[0].Decision);      // the smaller payment
        Assert.Equal(invoice.Id, result.Lines[1].Allocations.Single().Item);   // the larger takes INV-7, 10.00 unapplied
        Assert.Equal(Money.Of(10m, "EUR"), result.Lines[1].Unapplied);
        // end snippet
    }

    [Fact]
    public void ReasonFormatter_HostWording_ForOneCode()
    {
        // snippet: extend-reason-formatter
        var formatter = ReasonFormatters.FromTemplates(
            new Dictionary<string, string> { ["acme.big-balance"] = "Großkunde {customer}: {balance} offen" },
            fallback: ReasonFormatters.Chinese);
        var reason = BigBalance.Code.With("C-1", Money.Of(60_000m, "EUR"), 50_000m);

        Assert.Equal("Großkunde C-1: 60000.00 EUR offen", reason.ToString(formatter));
        // end snippet
    }

    [Theory]
    [InlineData("extend-rounding")]
    [InlineData("extend-due-date")]
    [InlineData("extend-calendar")]
    [InlineData("extend-allocation")]
    [InlineData("extend-aging-classifier")]
    [InlineData("extend-alert")]
    [InlineData("extend-match-rule")]
    [InlineData("extend-reason-formatter")]
    [InlineData("extend-conflict-policy")]
    [InlineData("extend-policies")]
    public void Examples_AreTheCodeInTheDoc(string snippet)
    {
        DocSnippets.AssertDocMatchesTest("docs/extending.md", snippet);
    }

    // snippet: extend-policies
    /// <summary>Swiss cash rounding: to 0.05, half up.</summary>
    private sealed class ToFiveRappen : IRoundingPolicy
    {
        public decimal Round(in RoundingArguments arguments) => Math.Round(arguments.Amount * 20m, MidpointRounding.AwayFromZero) / 20m;
    }

    /// <summary>Due on the 10th of the month after next (a "Zahlungsziel 10. übernächster Monat").</summary>
    private sealed class TenthOfTheMonthAfterNext : IDueDateRule
    {
        public DateOnly DueDate(in DueDateArguments arguments)
            => new DateOnly(arguments.Baseline.Year, arguments.Baseline.Month, 1).AddMonths(2).AddDays(9);
    }

    /// <summary>A host's own holiday table on top of Saturday and Sunday.</summary>
    private sealed class PlantCalendar(IReadOnlyCollection<DateOnly> closed) : IBusinessCalendar
    {
        public bool IsBusinessDay(DateOnly day) => day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !closed.Contains(day);
    }

    /// <summary>Settles the largest open invoice first.</summary>
    private sealed class LargestItemFirst : IAllocationPolicy
    {
        public IReadOnlyList<Allocation> Allocate(in AllocationArguments arguments)
        {
            var left = arguments.Available;
            var allocations = new List<Allocation>();
            foreach (var item in arguments.OpenItems.OrderByDescending(i => i.Open.Amount))
            {
                var amount = item.Open < left ? item.Open : left;
                if (amount.IsPositive)
                {
                    allocations.Add(new Allocation(item.Id, amount));
                    left -= amount;
                }
            }

            return allocations;
        }
    }

    /// <summary>Buckets by calendar quarter of the due date: not due, this quarter, last quarter, older.</summary>
    private sealed class QuartersOverdue : IAgingClassifier
    {
        public int BucketOf(in AgingClassifierArguments arguments)
        {
            if (arguments.IsNotYetDue)
            {
                return 0;
            }

            static int Quarter(DateOnly d) => (d.Year * 4) + ((d.Month - 1) / 3);
            return Math.Min(3, 1 + Quarter(arguments.AsOf) - Quarter(arguments.BasisDate));
        }
    }

    /// <summary>Alerts when a customer's balance is above a threshold.</summary>
    private sealed class BigBalance(decimal threshold) : IAgingAlertRule
    {
        public static readonly ReasonCode Code = new("acme.big-balance", "{customer} owes {balance}, above {threshold}", "{customer} 欠款 {balance}，超过 {threshold}");

        public IReadOnlyList<AgingAlert> Evaluate(in AgingAlertArguments arguments)
            => [.. arguments.Report.Sections.SelectMany(s => s.Lines
                .Where(l => l.Total.Amount > threshold)
                .Select(l => new AgingAlert(AlertSeverity.Warning, l.Key, s.Currency, Code.With(l.Key, l.Total, threshold))))];
    }

    /// <summary>Finds a contract number (one of an item's references) in the remittance text.</summary>
    private sealed class ContractReferenceRule : IMatchRule
    {
        private static readonly ReasonCode Contract = new("acme.contract", "the text names contract {contract}", "附言提到合同 {contract}");

        public IReadOnlyList<MatchProposal> Propose(in MatchRuleArguments arguments)
        {
            var text = arguments.Line.RemittanceText ?? string.Empty;
            var zero = Money.Zero(arguments.Line.Amount.Currency);
            foreach (var item in arguments.CandidateItems.OrderBy(i => i.DueDate))
            {
                var contract = item.References.FirstOrDefault(r => text.Contains(r, StringComparison.OrdinalIgnoreCase));
                if (contract is not null && item.Currency == arguments.Line.Amount.Currency && item.Open <= arguments.Line.Amount)
                {
                    var allocation = new MatchAllocation(item.Id, item.Customer, item.Open, zero, zero);
                    return [new MatchProposal([allocation], arguments.Line.Amount - item.Open, 0.8, [Contract.With(contract)])];
                }
            }

            return [];
        }
    }

    /// <summary>Conflicts across lines: the largest payment takes an invoice first (ties by line id).</summary>
    private sealed class LargestPaymentFirst : IMatchConflictPolicy
    {
        public IReadOnlyList<MatchConflictChoice> Resolve(in MatchConflictArguments arguments)
        {
            var lines = arguments.Lines;
            var left = new Dictionary<DocumentId, Money>();
            var choices = new MatchConflictChoice[lines.Count];
            foreach (var i in Enumerable.Range(0, lines.Count).OrderByDescending(i => lines[i].Line.Amount.Amount).ThenBy(i => lines[i].Line.Id, StringComparer.Ordinal))
            {
                choices[i] = MatchConflictChoice.None;
                for (var p = 0; p < lines[i].Proposals.Length; p++)
                {
                    var allocations = lines[i].Proposals[p].Allocations;
                    foreach (var a in allocations)
                    {
                        left.TryAdd(a.Item, arguments.OpenAmount(a.Item));
                    }

                    if (allocations.All(a => a.Cleared <= left[a.Item]))
                    {
                        foreach (var a in allocations)
                        {
                            left[a.Item] -= a.Cleared;
                        }

                        choices[i] = new MatchConflictChoice(p);
                        break;
                    }
                }
            }

            return choices;
        }
    }
    // end snippet
}
