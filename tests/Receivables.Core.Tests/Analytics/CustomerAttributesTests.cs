using Receivables.Analytics;
using Receivables.Ledger;
using Receivables.Reminders;

namespace Receivables.Tests.Analytics;

public class CustomerAttributesTests
{
    private static readonly CustomerId Acme = new("C-1");

    private static readonly Document Invoice = Document.Invoice(new("INV-1"), Acme, Money.Of(100m, "CNY"), new(2026, 1, 31), new(2026, 3, 2), businessType: "service");

    [Fact]
    public void KeyFor_Term_IsTheDaysFromDocumentToDueDate()
    {
        var key = CustomerAttributes.Empty.KeyFor(AnalyticsDimensions.Term);

        Assert.Equal("net 30", key(Invoice));
    }

    [Fact]
    public void KeyFor_BusinessType_PrefersTheCustomerValueThenTheDocument()
    {
        var none = CustomerAttributes.Empty;
        var supplied = none.With(Acme, AnalyticsDimensions.BusinessType, "subscription");

        Assert.Equal("service", none.KeyFor(AnalyticsDimensions.BusinessType)(Invoice));
        Assert.Equal("subscription", supplied.KeyFor(AnalyticsDimensions.BusinessType)(Invoice));
    }

    [Fact]
    public void KeyFor_NoValue_IsMissing()
    {
        var attributes = CustomerAttributes.Empty.With(new("C-2"), AnalyticsDimensions.Region, "华东");

        Assert.Equal(CustomerAttributes.Missing, attributes.KeyFor(AnalyticsDimensions.Region)(Invoice));
    }

    [Fact]
    public void With_SameDimensionTwice_KeepsTheLastTrimmed()
    {
        var attributes = CustomerAttributes.Empty.With(Acme, "salesperson", "Li").With(Acme, "salesperson", " Wang ");

        Assert.Equal("Wang", attributes.ValueOf(Acme, AnalyticsDimensions.Salesperson));
        Assert.Equal([Acme], attributes.Customers);
    }

    [Theory]
    [InlineData("Region")]
    [InlineData("business type")]
    [InlineData("")]
    [InlineData("term")]
    public void With_BadDimension_Throws(string dimension)
    {
        Assert.Throws<ArgumentException>(nameof(dimension), () => CustomerAttributes.Empty.With(Acme, dimension, "x"));
    }

    [Fact]
    public void With_BlankValueOrDefaultCustomer_Throws()
    {
        Assert.Throws<ArgumentException>("value", () => CustomerAttributes.Empty.With(Acme, "region", " "));
        Assert.Throws<ArgumentException>("customer", () => CustomerAttributes.Empty.With(default, "region", "x"));
    }

    [Fact]
    public void From_ReminderCustomers_SegmentAndTerritoryAsRegion()
    {
        var attributes = CustomerAttributes.From(
        [
            new ReminderCustomer(Acme) { Segment = "retail", Territory = "华东" },
            new ReminderCustomer(new("C-2")) { Collector = "Li" },
        ]);

        Assert.Equal(("retail", "华东"), (attributes.ValueOf(Acme, AnalyticsDimensions.Segment), attributes.ValueOf(Acme, AnalyticsDimensions.Region)));
        Assert.Equal([Acme], attributes.Customers);
    }
}
