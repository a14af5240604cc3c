using FsCheck;
using FsCheck.Fluent;
using Receivables.Matching;
using Receivables.Tests.Support;

namespace Receivables.Tests.Matching;

/// <summary>The index's per-account and per-name customer sets (decision 369): one customer without an array, several
/// as a sorted array; the set is the same whatever order the customers were added in.</summary>
public class FewTests
{
    [Fact]
    public void Default_IsEmpty()
    {
        var none = default(Few<CustomerId>);

        Assert.Equal(0, none.Length);
        Assert.Empty(none.ToArray());
        Assert.Throws<ArgumentOutOfRangeException>(() => none[0]);
    }

    [Fact]
    public void SharedAccount_TwoCustomersAddedOutOfOrder_ReadInIdOrderOnceEach()
    {
        var set = Few<CustomerId>.Of(new CustomerId("C-200")).With(new CustomerId("C-100")).With(new CustomerId("C-200"));

        Assert.Equal(2, set.Length);
        Assert.Equal([new CustomerId("C-100"), new CustomerId("C-200")], set.ToArray());
        Assert.Throws<ArgumentOutOfRangeException>(() => set[2]);
    }

    [Fact]
    public void AnyCustomersInAnyOrder_TheDistinctOnesAscending()
    {
        var gen = Gen.Choose(0, 12).Select(n => new CustomerId($"C-{n:00}")).NonEmptyListOf();

        Properties.Check(gen.ToArbitrary(), customers =>
        {
            var set = customers.Skip(1).Aggregate(Few<CustomerId>.Of(customers[0]), (few, c) => few.With(c));
            var expected = customers.Distinct().Order().ToArray();

            Assert.Equal(expected.Length, set.Length);
            Assert.Equal(expected, set.ToArray());
            Assert.Equal(expected, Enumerable.Range(0, set.Length).Select(i => set[i]).ToArray());
        });
    }
}
