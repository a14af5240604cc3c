using FsCheck;
using FsCheck.Fluent;
using Receivables.Matching;
using Receivables.Tests.Support;

namespace Receivables.Tests.Matching;

/// <summary>The index's per-account and per-name customer sets (decision 369): one customer without an array, several
/// as a sorted array; the set is the same whatever order the customers were added in. The tables that hold them
/// (<see cref="KeyTable{T}"/>) answer as a dictionary of sets does.</summary>
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

    [Fact]
    public void KeyTable_AnyKeysAndCustomers_AnswersAsADictionaryOfSets()
    {
        // Keys from a small alphabet (so they repeat), ASCII or with Chinese characters (the table switches to two
        // bytes a character), long enough to make the text buffer grow.
        var key = from length in Gen.Choose(1, 30)
                  from chars in Gen.Elements('A', 'B', '7', '0', '公', '司').ArrayOf(length)
                  select new string(chars);
        var gen = Gen.Zip(key, Gen.Choose(0, 9).Select(n => new CustomerId($"C-{n}"))).ListOf();

        Properties.Check(gen.ToArbitrary(), pairs =>
        {
            var builder = new KeyTable<CustomerId>.Builder(1);
            var model = new Dictionary<string, SortedSet<CustomerId>>(StringComparer.Ordinal);
            var order = new List<string>();
            foreach (var (k, customer) in pairs)
            {
                builder.Add(k, customer);
                if (!model.TryGetValue(k, out var set))
                {
                    model.Add(k, set = []);
                    order.Add(k);
                }

                set.Add(customer);
            }

            var table = builder.Build();

            Assert.Equal(model.Count, table.Count);
            foreach (var (k, set) in model)
            {
                Assert.Equal(set.ToArray(), table[k].ToArray());
            }

            Assert.Equal(0, table["ZZZ"].Length);
            var scratch = new char[Math.Max(1, table.LongestKey)];
            var listed = Enumerable.Range(0, table.Positions).Where(p => !table.IsRepeated(p)).Select(p => table.Key(p, scratch).ToString()).ToList();
            Assert.Equal(order, listed);
        });
    }
}
