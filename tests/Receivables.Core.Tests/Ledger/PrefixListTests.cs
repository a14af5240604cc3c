using FsCheck;
using FsCheck.Fluent;
using Receivables.Ledger;
using Receivables.Tests.Support;

namespace Receivables.Tests.Ledger;

/// <summary>
/// The list a view shares with its parent: whatever is done to a prefix (replacing entries, adding, cutting a prefix
/// of it, copying), it reads as a plain list would, and the list it was cut from never changes.
/// </summary>
public class PrefixListTests
{
    // An operation on the list under test: 0 add, 1 set, 2 cut a prefix and go on with it, 3 copy and go on with it.
    private static readonly Arbitrary<(int Start, (int Kind, int Index, int Value)[] Steps)> Scenario =
        (from start in Gen.Choose(0, 40)
         from steps in Gen.ArrayOf(
             from kind in Gen.Frequency((3, Gen.Constant(0)), (6, Gen.Constant(1)), (1, Gen.Constant(2)), (1, Gen.Constant(3)))
             from index in Gen.Choose(0, 1000)
             from value in Gen.Choose(0, 1_000_000)
             select (kind, index, value))
         select (start, steps)).ToArbitrary();

    [Fact]
    public void AnyOperations_OnPrefixesOfAFrozenList_ReadLikeAPlainListAndLeaveTheParentUnchanged()
    {
        Properties.Check(Scenario, input =>
        {
            var parent = new PrefixList<int>();
            for (var i = 0; i < input.Start; i++)
            {
                parent.Add(i * 10);
            }

            var frozen = parent.AsSpan().ToArray();
            var list = parent.Prefix(input.Start / 2);
            var model = frozen[..(input.Start / 2)].ToList();
            foreach (var (kind, index, value) in input.Steps)
            {
                switch (kind)
                {
                    case 0:
                        list.Add(value);
                        model.Add(value);
                        break;
                    case 1 when model.Count > 0:
                        list.Set(index % model.Count, value);
                        model[index % model.Count] = value;
                        break;
                    case 2:
                        var count = model.Count == 0 ? 0 : index % (model.Count + 1);
                        list = list.Prefix(count);
                        model = model[..count];
                        break;
                    case 3:
                        list = list.Copy(index % 3);
                        break;
                }

                Assert.Equal(model.Count, list.Count);
                Assert.Equal(model, list);
                Assert.Equal(model, Enumerable.Range(0, list.Count).Select(i => list[i]));
                if (!list.IsPatched)
                {
                    Assert.Equal(model, list.AsSpan().ToArray());
                }
            }

            Assert.Equal(frozen, parent.AsSpan().ToArray());
        });
    }

    [Fact]
    public void Set_OnASharedPrefix_KeepsTheEntryAsideUntilAWriteNeedsTheArray()
    {
        var parent = new PrefixList<int>();
        for (var i = 0; i < 100; i++)
        {
            parent.Add(i);
        }

        var view = parent.Prefix(50);
        view.Set(7, -7);

        Assert.True(view.IsPatched);
        Assert.Equal(-7, view[7]);
        Assert.Equal(7, parent[7]);
        Assert.Throws<InvalidOperationException>(() => view.AsSpan().Length);

        view.Add(1000);

        Assert.False(view.IsPatched);
        Assert.Equal(-7, view.AsSpan()[7]);
        Assert.Equal(51, view.Count);
        Assert.Equal(50, parent[50]);
    }
}
