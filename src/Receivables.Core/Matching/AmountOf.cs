using Receivables.Ledger;

namespace Receivables.Matching;

/// <summary>
/// An amount a reason keeps as the object it is read from, instead of a box of its own: an open item's open amount or
/// a statement line's amount. Matching names the amount of most lines it settles, and the item and the line are kept
/// anyway (decision 369). The reason reads, prints and compares the amount, never the holder.
/// </summary>
internal readonly struct AmountOf
{
    private AmountOf(object holder) => Holder = holder;

    /// <summary>The open item or statement line the amount is read from.</summary>
    public object Holder { get; }

    /// <summary>The amount itself.</summary>
    public Money Value => Read(Holder);

    /// <summary>An open item's open amount (<see cref="OpenItem.Open"/>).</summary>
    public static AmountOf Open(OpenItem item) => new(item);

    /// <summary>A statement line's amount (<see cref="StatementLine.Amount"/>).</summary>
    public static AmountOf Paid(StatementLine line) => new(line);

    /// <summary>The amount a holder made by <see cref="Open"/> or <see cref="Paid"/> stands for.</summary>
    public static Money Read(object holder) => holder is OpenItem item ? item.Open : ((StatementLine)holder).Amount;
}
