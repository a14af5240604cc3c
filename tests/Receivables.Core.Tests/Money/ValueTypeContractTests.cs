using FsCheck;
using FsCheck.Fluent;
using Receivables.Tests.Support;

namespace Receivables.Tests;

/// <summary>Equality, hashing, comparison and operators agree with each other for every value type.</summary>
public class ValueTypeContractTests
{
    [Fact]
    public void Money_EqualityHashAndComparison_AreConsistent()
    {
        var gen = from currency in Arbitraries.CurrencyGen
                  from a in Gen.Choose(-1000, 1000)
                  from b in Gen.Choose(-1000, 1000)
                  select (new Money(a * currency.MinorUnit, currency), new Money(b * currency.MinorUnit, currency));

        Properties.Check(gen.ToArbitrary(), pair =>
        {
            var (x, y) = pair;

            Assert.Equal(x.Equals(y), x == y);
            Assert.Equal(!x.Equals(y), x != y);
            Assert.Equal(x.Equals(y), x.CompareTo(y) == 0);
            Assert.Equal(x.CompareTo(y) < 0, x < y);
            Assert.Equal(x.CompareTo(y) > 0, x > y);
            Assert.Equal(x.CompareTo(y) <= 0, x <= y);
            Assert.Equal(x.CompareTo(y) >= 0, x >= y);
            Assert.Equal(-Math.Sign(y.CompareTo(x)), Math.Sign(x.CompareTo(y)));
            if (x == y)
            {
                Assert.Equal(x.GetHashCode(), y.GetHashCode());
            }

            Assert.Equal(x, x + y - y);
            Assert.Equal(-(x + y), -x - y);
        });
    }

    [Fact]
    public void Ids_EqualityHashAndComparison_AreOrdinalAndConsistent()
    {
        var gen = from a in Gen.Elements("INV-1", "INV-10", "inv-1", "C-1", "客户-1", "INV-2")
                  from b in Gen.Elements("INV-1", "INV-10", "inv-1", "C-1", "客户-1", "INV-2")
                  select (a, b);

        Properties.Check(gen.ToArbitrary(), pair =>
        {
            var (a, b) = pair;
            var x = new DocumentId(a);
            var y = new DocumentId(b);
            var cx = new CustomerId(a);
            var cy = new CustomerId(b);

            Assert.Equal(string.Equals(a, b, StringComparison.Ordinal), x == y);
            Assert.Equal(x == y, cx == cy);
            Assert.Equal(Math.Sign(string.CompareOrdinal(a, b)), Math.Sign(x.CompareTo(y)));
            Assert.Equal(Math.Sign(string.CompareOrdinal(a, b)), Math.Sign(cx.CompareTo(cy)));
            Assert.Equal(x.CompareTo(y) < 0, x < y);
            Assert.Equal(cx.CompareTo(cy) >= 0, cx >= cy);
            if (x == y)
            {
                Assert.Equal(x.GetHashCode(), y.GetHashCode());
            }
        });
    }

    [Fact]
    public void Ids_BlankValues_AreRejected()
    {
        Assert.Equal("value", Assert.Throws<ArgumentException>(() => new DocumentId(" ")).ParamName);
        Assert.Equal("value", Assert.Throws<ArgumentNullException>(() => new CustomerId(null!)).ParamName);
        Assert.True(default(CustomerId).IsDefault);
    }

    [Fact]
    public void Currency_EqualityAndHash_AreConsistent()
    {
        var gen = from a in Gen.Elements([.. Currency.All.Take(20), Currency.Custom("PTS", 0), Currency.Custom("PTS", 2)])
                  from b in Gen.Elements([.. Currency.All.Take(20), Currency.Custom("PTS", 0), Currency.Custom("PTS", 2)])
                  select (a, b);

        Properties.Check(gen.ToArbitrary(), pair =>
        {
            var (a, b) = pair;

            Assert.Equal(a.Equals(b), a == b);
            Assert.Equal(a.Equals((object)b), a == b);
            Assert.Equal(!a.Equals(b), a != b);
            if (a == b)
            {
                Assert.Equal(a.GetHashCode(), b.GetHashCode());
            }
        });
    }
}
