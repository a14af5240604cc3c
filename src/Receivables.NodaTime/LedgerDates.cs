using NodaTime;
using Receivables.Ledger;

namespace Receivables.NodaTime;

/// <summary><see cref="LocalDate"/> overloads of the ledger's dated operations (<see cref="CustomerAccount"/>,
/// <see cref="ReceivablesLedger"/>, <see cref="OpenItem"/>, <see cref="PromiseToPay"/>).</summary>
/// <remarks>Each member converts the dates with <see cref="LocalDateConversions.ToDateOnly(LocalDate)"/> and calls the
/// Core member of the same name; behaviour, errors and thread safety are the Core member's.</remarks>
public static class LedgerDates
{
    /// <summary>The ledger as it stood on a date (see <see cref="ReceivablesLedger.AsOf(DateOnly)"/>).</summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="date">The date of the view.</param>
    /// <returns>The view.</returns>
    public static ReceivablesLedger AsOf(this ReceivablesLedger ledger, LocalDate date) => NotNull(ledger).AsOf(date.ToDateOnly());

    /// <summary>The account as it stood on a date (see <see cref="CustomerAccount.AsOf(DateOnly)"/>).</summary>
    /// <param name="account">The account.</param>
    /// <param name="date">The date of the view.</param>
    /// <returns>The view.</returns>
    public static CustomerAccount AsOf(this CustomerAccount account, LocalDate date) => NotNull(account).AsOf(date.ToDateOnly());

    /// <summary>Applies a credit (see <see cref="ReceivablesLedger.Apply(DocumentId, IAllocationPolicy, DateOnly)"/>).</summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="credit">The payment or credit note.</param>
    /// <param name="policy">The allocation policy.</param>
    /// <param name="date">The application date.</param>
    /// <returns>The result.</returns>
    public static LedgerApplicationResult Apply(this ReceivablesLedger ledger, DocumentId credit, IAllocationPolicy policy, LocalDate date)
        => NotNull(ledger).Apply(credit, policy, date.ToDateOnly());

    /// <summary>Applies a credit (see <see cref="CustomerAccount.Apply(DocumentId, IAllocationPolicy, DateOnly)"/>).</summary>
    /// <param name="account">The account.</param>
    /// <param name="credit">The payment or credit note.</param>
    /// <param name="policy">The allocation policy.</param>
    /// <param name="date">The application date.</param>
    /// <returns>The result.</returns>
    public static ApplicationResult Apply(this CustomerAccount account, DocumentId credit, IAllocationPolicy policy, LocalDate date)
        => NotNull(account).Apply(credit, policy, date.ToDateOnly());

    /// <summary>Reverses an application (see <see cref="CustomerAccount.Reverse(int, DateOnly, string)"/>).</summary>
    /// <param name="account">The account.</param>
    /// <param name="applicationNumber">The application number.</param>
    /// <param name="date">The reversal date.</param>
    /// <param name="reason">Why, or <see langword="null"/>.</param>
    /// <returns>The account.</returns>
    public static CustomerAccount Reverse(this CustomerAccount account, int applicationNumber, LocalDate date, string? reason = null)
        => NotNull(account).Reverse(applicationNumber, date.ToDateOnly(), reason);

    /// <summary>Writes an item off (see <see cref="CustomerAccount.WriteOff(DocumentId, DocumentId, DateOnly, Money?, string)"/>).</summary>
    /// <param name="account">The account.</param>
    /// <param name="item">The item.</param>
    /// <param name="writeOffId">The write-off document's id.</param>
    /// <param name="date">The date.</param>
    /// <param name="amount">The amount; the default value is all that is open.</param>
    /// <param name="reason">Why, or <see langword="null"/>.</param>
    /// <returns>The result.</returns>
    public static ApplicationResult WriteOff(this CustomerAccount account, DocumentId item, DocumentId writeOffId, LocalDate date, Money? amount = null, string? reason = null)
        => NotNull(account).WriteOff(item, writeOffId, date.ToDateOnly(), amount, reason);

    /// <summary>Opens a dispute (see <see cref="CustomerAccount.OpenDispute(DocumentId, DateOnly, string)"/>).</summary>
    /// <param name="account">The account.</param>
    /// <param name="item">The item.</param>
    /// <param name="date">The date.</param>
    /// <param name="note">What is disputed.</param>
    /// <returns>The account.</returns>
    public static CustomerAccount OpenDispute(this CustomerAccount account, DocumentId item, LocalDate date, string note)
        => NotNull(account).OpenDispute(item, date.ToDateOnly(), note);

    /// <summary>Resolves a dispute (see <see cref="CustomerAccount.ResolveDispute(DocumentId, DateOnly, string)"/>).</summary>
    /// <param name="account">The account.</param>
    /// <param name="item">The item.</param>
    /// <param name="date">The date.</param>
    /// <param name="note">How, or <see langword="null"/>.</param>
    /// <returns>The account.</returns>
    public static CustomerAccount ResolveDispute(this CustomerAccount account, DocumentId item, LocalDate date, string? note = null)
        => NotNull(account).ResolveDispute(item, date.ToDateOnly(), note);

    /// <summary>Records a promise to pay (see <see cref="CustomerAccount.RecordPromise(DocumentId, DateOnly, DateOnly, Money, string)"/>).</summary>
    /// <param name="account">The account.</param>
    /// <param name="item">The item.</param>
    /// <param name="date">The date of the promise.</param>
    /// <param name="promisedDate">The date payment is promised for.</param>
    /// <param name="amount">The promised amount.</param>
    /// <param name="note">A note, or <see langword="null"/>.</param>
    /// <returns>The account.</returns>
    public static CustomerAccount RecordPromise(this CustomerAccount account, DocumentId item, LocalDate date, LocalDate promisedDate, Money amount, string? note = null)
        => NotNull(account).RecordPromise(item, date.ToDateOnly(), promisedDate.ToDateOnly(), amount, note);

    /// <summary>Clears a promise to pay (see <see cref="CustomerAccount.ClearPromise(DocumentId, DateOnly, string)"/>).</summary>
    /// <param name="account">The account.</param>
    /// <param name="item">The item.</param>
    /// <param name="date">The date.</param>
    /// <param name="note">A note, or <see langword="null"/>.</param>
    /// <returns>The account.</returns>
    public static CustomerAccount ClearPromise(this CustomerAccount account, DocumentId item, LocalDate date, string? note = null)
        => NotNull(account).ClearPromise(item, date.ToDateOnly(), note);

    /// <summary>Days an item is past due on a date (see <see cref="OpenItem.DaysOverdue(DateOnly)"/>).</summary>
    /// <param name="item">The item.</param>
    /// <param name="asOf">The date.</param>
    /// <returns>Days past due, never negative.</returns>
    public static int DaysOverdue(this OpenItem item, LocalDate asOf) => NotNull(item).DaysOverdue(asOf.ToDateOnly());

    /// <summary>Whether a promise is broken on a date (see <see cref="PromiseToPay.IsBrokenOn(DateOnly)"/>).</summary>
    /// <param name="promise">The promise.</param>
    /// <param name="asOf">The date.</param>
    /// <returns><see langword="true"/> when the promised date has passed.</returns>
    public static bool IsBrokenOn(this PromiseToPay promise, LocalDate asOf) => NotNull(promise).IsBrokenOn(asOf.ToDateOnly());

    internal static T NotNull<T>(T? value, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(value))] string? name = null)
        where T : class
        => value ?? throw new ArgumentNullException(name);
}
