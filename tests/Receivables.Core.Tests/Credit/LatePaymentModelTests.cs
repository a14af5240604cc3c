using Receivables.Credit;
using Receivables.Credit.LatePayment;
using Receivables.Credit.Scoring;
using Receivables.Ledger;

namespace Receivables.Tests.Credit;

public class LatePaymentModelTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 30);

    /// <summary>
    /// 60 customers over two years, one invoice a fortnight on NET 30. A third pay on time, a third drift late when
    /// they owe a lot, a third are habitually 20–40 days late: behaviour the features can see.
    /// </summary>
    private static List<CustomerAccount> Ledger()
    {
        var random = new Random(42);
        var accounts = new List<CustomerAccount>();
        for (var c = 0; c < 60; c++)
        {
            var customer = new CustomerId($"C-{c:000}");
            var account = CustomerAccount.Create(customer);
            var habit = c % 3;
            var payments = new List<(DateOnly Date, string Invoice, decimal Amount)>();
            for (var k = 0; k < 52; k++)
            {
                var issued = new DateOnly(2024, 12, 1).AddDays(k * 14);
                var amount = 1000m + random.Next(0, 9000);
                var id = $"INV-{c:000}-{k:00}";
                account = account.Post(Document.Invoice(new(id), customer, Money.Of(amount, "EUR"), issued, issued.AddDays(30)));
                var late = habit switch
                {
                    0 => random.NextDouble() < 0.05,
                    1 => random.NextDouble() < (amount > 6000m ? 0.7 : 0.2),
                    _ => random.NextDouble() < 0.9,
                };
                var paidOn = issued.AddDays(late ? 30 + random.Next(5, 40) : 30 - random.Next(0, 10));
                payments.Add((paidOn, id, amount));
            }

            foreach (var (date, invoice, amount) in payments.Where(p => p.Date <= AsOf).OrderBy(p => p.Date).ThenBy(p => p.Invoice, StringComparer.Ordinal))
            {
                var paymentId = new DocumentId("PAY-" + invoice);
                account = account.Post(Document.Payment(paymentId, customer, Money.Of(amount, "EUR"), date))
                    .Apply(paymentId, AllocationPolicies.Specified(new Allocation(new(invoice), Money.Of(amount, "EUR"))), date).Account;
            }

            accounts.Add(account);
        }

        return accounts;
    }

    private static readonly Lazy<List<CustomerAccount>> Accounts = new(Ledger);

    [Fact]
    public void Fit_BehaviouralLedger_RanksAndCalibratesBetterThanTheBaseRate()
    {
        var model = LatePaymentModel.Fit(Accounts.Value, AsOf);

        var c = model.Calibration;
        Assert.True(c.HoldoutCount > 300, $"hold-out {c.HoldoutCount}");
        Assert.InRange(c.HoldoutCount / (double)(c.HoldoutCount + c.TrainingCount), 0.15, 0.25);
        Assert.True(c.Auc > 0.75, $"AUC {c.Auc}");
        Assert.True(c.BrierScore < c.HoldoutLateShare * (1 - c.HoldoutLateShare), $"Brier {c.BrierScore}");
        Assert.True(model.Coefficients.Single(x => x.Feature == nameof(LatePaymentFeatures.PaidLateShare)).Weight > 0);
    }

    [Fact]
    public void Fit_SameInputInAnyOrder_GivesTheSameModel()
    {
        var first = LatePaymentModel.Fit(Accounts.Value, AsOf);
        var second = LatePaymentModel.Fit(Enumerable.Reverse(Accounts.Value), AsOf);

        Assert.Equal(first.Intercept, second.Intercept, 9);
        Assert.Equal(first.Calibration, second.Calibration);
    }

    [Fact]
    public void PredictCustomer_HabituallyLateAgainstPrompt_IsMoreLikelyLate()
    {
        var model = LatePaymentModel.Fit(Accounts.Value, AsOf);

        var prompt = model.PredictCustomer(CreditProfile.FromAccount(Accounts.Value[0], AsOf))!.Value;
        var late = model.PredictCustomer(CreditProfile.FromAccount(Accounts.Value[2], AsOf))!.Value;

        Assert.True(late > prompt + 0.3, $"late {late}, prompt {prompt}");
    }

    [Fact]
    public void PredictOpenInvoices_OpenInvoices_OneProbabilityEach()
    {
        var model = LatePaymentModel.Fit(Accounts.Value, AsOf);
        var account = Accounts.Value[2];

        var predictions = model.PredictOpenInvoices(account, AsOf);

        Assert.Equal(account.OpenItems.Count(), predictions.Count);
        Assert.All(predictions, p => Assert.InRange(p.Value, 0d, 1d));
    }

    [Fact]
    public void Factor_UsesOneMinusProbability()
    {
        var model = LatePaymentModel.Fit(Accounts.Value, AsOf);
        var profile = CreditProfile.FromAccount(Accounts.Value[1], AsOf);

        var result = CreditFactors.LatePaymentProbability(model).Evaluate(new CreditFactorArguments(profile));

        Assert.Equal(100d * (1d - result.RawValue!.Value), result.SubScore!.Value, 9);
    }

    [Fact]
    public void Fit_TooFewInvoices_ThrowsNamingTheCount()
    {
        var error = Assert.Throws<ArgumentException>(() => LatePaymentModel.Fit(Accounts.Value.Take(0), AsOf));

        Assert.Contains("Only 0 training invoices", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { 0.1, 0.4, 0.35, 0.8 }, new[] { false, false, true, true }, 0.75)]
    [InlineData(new[] { 0.5, 0.5 }, new[] { false, true }, 0.5)]
    [InlineData(new[] { 0.9, 0.1 }, new[] { false, true }, 0.0)]
    public void Auc_SmallSamples_MatchesHandCount(double[] p, bool[] late, double expected)
    {
        var auc = LatePaymentModel.Auc([.. p.Zip(late)]);

        Assert.Equal(expected, auc, 12);
    }
}
