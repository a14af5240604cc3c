using Receivables.Credit;
using Receivables.Ledger;

namespace Receivables.Tests.Credit;

public class CreditProfileTests
{
    private static readonly CustomerId Acme = CreditTestData.Acme;

    private static CustomerAccount Account()
        => CustomerAccount.Create(Acme)
            .Post(Document.Invoice(new("INV-1"), Acme, Money.Of(4_000m, "EUR"), new(2026, 1, 10), new(2026, 2, 9)))
            .Post(Document.Invoice(new("INV-2"), Acme, Money.Of(6_000m, "EUR"), new(2026, 9, 1), new(2026, 10, 1)))
            .Post(Document.Invoice(new("INV-3"), Acme, Money.Of(500m, "USD"), new(2026, 9, 5), new(2026, 10, 5)))
            .Post(Document.Payment(new("PAY-1"), Acme, Money.Of(4_000m, "EUR"), new(2026, 2, 20)))
            .Apply(new("PAY-1"), AllocationPolicies.OldestDueFirst, new(2026, 2, 20)).Account
            .OpenDispute(new("INV-2"), new(2026, 10, 15), "short delivery")
            .Post(Document.Payment(new("PAY-2"), Acme, Money.Of(6_000m, "EUR"), new(2026, 12, 5)))
            .Apply(new("PAY-2"), AllocationPolicies.OldestDueFirst, new(2026, 12, 5)).Account;

    [Fact]
    public void FromAccount_AsOfEndOfNovember_SeesOnlyWhatHappenedByThen()
    {
        var profile = CreditProfile.FromAccount(Account(), new(2026, 11, 30));

        Assert.Equal(Currency.EUR, profile.Currency); // invoiced most in EUR
        var record = Assert.Single(profile.PaymentRecords); // PAY-2 is after the as-of date
        Assert.Equal(11, record.DaysBeyondTerms);
        var open = Assert.Single(profile.OpenItems);
        Assert.Equal(new DocumentId("INV-2"), open.Id); // open on 30 Nov although paid on 5 Dec
        Assert.Equal(60, open.DaysOverdue(profile.AsOf));
        Assert.Equal(new DateOnly(2026, 1, 10), profile.CustomerSince);
        Assert.Equal(Money.Of(10_000m, "EUR"), profile.InvoicedLast12Months);
        Assert.Equal(Money.Of(6_000m, "EUR"), profile.DisputedLast12Months);
        Assert.Equal(new DateOnly(2026, 10, 15), profile.LastDisputeOpenedOn);
    }

    [Fact]
    public void FromAccount_ExplicitCurrency_UsesOnlyThatCurrency()
    {
        var profile = CreditProfile.FromAccount(Account(), new(2026, 11, 30), Currency.USD);

        Assert.Empty(profile.PaymentRecords);
        Assert.Equal(Money.Of(500m, "USD"), profile.OpenReceivables);
    }

    [Fact]
    public void FromAccount_NoInvoicesAndNoCurrency_ThrowsNamingCurrency()
    {
        var error = Assert.Throws<ArgumentException>(() => CreditProfile.FromAccount(CustomerAccount.Create(Acme), new(2026, 11, 30)));

        Assert.Equal("currency", error.ParamName);
    }

    [Fact]
    public void IndustryRiskClass_OutsideOneToFive_ThrowsNamingTheField()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => CreditTestData.Profile() with { IndustryRiskClass = 6 });

        Assert.Equal("IndustryRiskClass", error.ParamName);
    }

    [Fact]
    public void ExternalScore_LowerIsBetterScale_RescalesTowardsHundred()
    {
        // A failure-risk class from 5 (worst) to 1 (best): class 2 is three quarters of the way to the best.
        var score = new ExternalScore("Failure class", 2m, worst: 5m, best: 1m);

        Assert.Equal(75d, score.Rescaled, 10);
    }
}
