using System.Collections.Immutable;
using NodaTime;
using Receivables.Ledger;
using Receivables.Reminders;

namespace Receivables.NodaTime;

/// <summary><see cref="LocalDate"/> forms of the reminders module's dated entry points: the planner's plan and
/// forecast, the records of reminders issued and contacts made (which <see cref="ReminderRecorder"/> keeps in the
/// ledger), documents owed, do-not-contact periods, and the argument structs of the reminder extension points.</summary>
/// <remarks>Each member converts the dates with <see cref="LocalDateConversions.ToDateOnly(LocalDate)"/> and calls the
/// Core member of the same name; behaviour, errors and thread safety are the Core member's. The recorder itself takes
/// no date (the records carry theirs).</remarks>
public static class ReminderDates
{
    /// <summary>Plans the reminders of a ledger on a date (see
    /// <see cref="ReminderPlanner.Plan(DateOnly, ReceivablesLedger, ReminderStrategy, ReminderCustomers?)"/>).</summary>
    /// <param name="planner">The planner.</param>
    /// <param name="asOf">The planning date.</param>
    /// <param name="ledger">The ledger.</param>
    /// <param name="strategy">The policies.</param>
    /// <param name="customers">The customer directory; the default value is none.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="planner"/>, <paramref name="ledger"/> or
    /// <paramref name="strategy"/> is null.</exception>
    public static ReminderPlan Plan(this ReminderPlanner planner, LocalDate asOf, ReceivablesLedger ledger, ReminderStrategy strategy, ReminderCustomers? customers = null)
        => LedgerDates.NotNull(planner).Plan(asOf.ToDateOnly(), ledger, strategy, customers);

    /// <summary>Plans the reminders of open items on a date (see
    /// <see cref="ReminderPlanner.Plan(DateOnly, IEnumerable{OpenItem}, ReminderHistory, ReminderStrategy, ReminderCustomers?, IEnumerable{DocumentRequest}?)"/>).</summary>
    /// <param name="planner">The planner.</param>
    /// <param name="asOf">The planning date.</param>
    /// <param name="items">The open items; ids unique.</param>
    /// <param name="history">The reminders issued and contacts made.</param>
    /// <param name="strategy">The policies.</param>
    /// <param name="customers">The customer directory; the default value is none.</param>
    /// <param name="documents">Documents owed to chase; the default value is none.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentNullException">An argument or an element is null.</exception>
    /// <exception cref="ArgumentException">An id is repeated, or a document request is invalid.</exception>
    public static ReminderPlan Plan(this ReminderPlanner planner, LocalDate asOf, IEnumerable<OpenItem> items, ReminderHistory history, ReminderStrategy strategy, ReminderCustomers? customers = null, IEnumerable<DocumentRequest>? documents = null)
        => LedgerDates.NotNull(planner).Plan(asOf.ToDateOnly(), items, history, strategy, customers, documents);

    /// <summary>Forecasts the contact calendar day by day (see
    /// <see cref="ReminderPlanner.Forecast(DateOnly, int, IEnumerable{OpenItem}, ReminderHistory, ReminderStrategy, ReminderCustomers?, IEnumerable{DocumentRequest}?)"/>).</summary>
    /// <param name="planner">The planner.</param>
    /// <param name="from">The first day.</param>
    /// <param name="days">The number of days, from 1 to 366.</param>
    /// <param name="items">The open items.</param>
    /// <param name="history">The history so far.</param>
    /// <param name="strategy">The policies.</param>
    /// <param name="customers">The customer directory; the default value is none.</param>
    /// <param name="documents">Documents owed to chase; the default value is none.</param>
    /// <returns>One plan per day, in date order.</returns>
    /// <exception cref="ArgumentNullException">An argument or an element is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is out of range.</exception>
    /// <exception cref="ArgumentException">An id is repeated, or a document request is invalid.</exception>
    public static ImmutableArray<ReminderPlan> Forecast(this ReminderPlanner planner, LocalDate from, int days, IEnumerable<OpenItem> items, ReminderHistory history, ReminderStrategy strategy, ReminderCustomers? customers = null, IEnumerable<DocumentRequest>? documents = null)
        => LedgerDates.NotNull(planner).Forecast(from.ToDateOnly(), days, items, history, strategy, customers, documents);

    /// <summary>Creates the record of a contact with a customer (see <see cref="Reminders.ReminderContact"/>'s constructor).</summary>
    /// <param name="date">The date of the contact.</param>
    /// <param name="customer">The customer.</param>
    /// <param name="outcome">The outcome.</param>
    /// <param name="items">The items discussed (may be empty for the whole account).</param>
    /// <param name="channel">The channel, or <see langword="null"/>.</param>
    /// <param name="promisedDate">The promised payment date; required exactly when the outcome is
    /// <see cref="ContactOutcome.Promised"/>.</param>
    /// <param name="note">A note, or <see langword="null"/>.</param>
    /// <returns>The record.</returns>
    /// <exception cref="ArgumentException">As for the Core constructor (default ids, promised date missing or misplaced).</exception>
    /// <exception cref="ArgumentOutOfRangeException">An enum value is undefined, or the promised date is before the contact.</exception>
    public static ReminderContact ReminderContact(LocalDate date, CustomerId customer, ContactOutcome outcome, IEnumerable<DocumentId>? items = null, ReminderChannel? channel = null, LocalDate? promisedDate = null, string? note = null)
        => new(date.ToDateOnly(), customer, outcome, items, channel, promisedDate?.ToDateOnly(), note);

    /// <summary>Creates the record of a reminder issued (see <see cref="Reminders.ReminderIssued"/>'s constructor).</summary>
    /// <param name="date">The date issued.</param>
    /// <param name="customer">The customer.</param>
    /// <param name="policy">The policy's name.</param>
    /// <param name="level">The level number, from 1.</param>
    /// <param name="action">The action.</param>
    /// <param name="channel">The channel.</param>
    /// <param name="tone">The tone.</param>
    /// <param name="trigger">Why the level fired.</param>
    /// <param name="items">The items covered; at least one.</param>
    /// <param name="fees">The fees charged, one per currency (may be empty).</param>
    /// <param name="interest">The interest charged, one per currency (may be empty).</param>
    /// <returns>The record.</returns>
    /// <exception cref="ArgumentException">As for the Core constructor.</exception>
    /// <exception cref="ArgumentOutOfRangeException">As for the Core constructor.</exception>
    public static ReminderIssued ReminderIssued(LocalDate date, CustomerId customer, string policy, int level, ReminderAction action, ReminderChannel channel, ReminderTone tone, ReminderTrigger trigger, IEnumerable<DocumentId> items, IEnumerable<Money>? fees = null, IEnumerable<Money>? interest = null)
        => new(date.ToDateOnly(), customer, policy, level, action, channel, tone, trigger, items, fees, interest);

    /// <summary>Creates a request for a document owed to us (see <see cref="Reminders.DocumentRequest"/>).</summary>
    /// <param name="id">The document's id.</param>
    /// <param name="customer">The customer (or supplier) who owes it.</param>
    /// <param name="subject">What is owed (not <see cref="ReminderSubject.Payment"/>).</param>
    /// <param name="dueDate">The date it was due.</param>
    /// <param name="note">A note, or <see langword="null"/>.</param>
    /// <returns>The request.</returns>
    public static DocumentRequest DocumentRequest(DocumentId id, CustomerId customer, ReminderSubject subject, LocalDate dueDate, string? note = null)
        => new(id, customer, subject, dueDate.ToDateOnly(), note);

    /// <summary>Creates a do-not-contact period, both days inclusive (see <see cref="Reminders.DoNotContactPeriod"/>).</summary>
    /// <param name="from">The first day.</param>
    /// <param name="to">The last day (<see cref="ReminderCustomers.Create"/> refuses a period that ends before it starts).</param>
    /// <returns>The period.</returns>
    public static DoNotContactPeriod DoNotContactPeriod(LocalDate from, LocalDate to) => new(from.ToDateOnly(), to.ToDateOnly());

    /// <summary>Tells whether a date is in a do-not-contact period (see <see cref="DoNotContactPeriod.Contains(DateOnly)"/>).</summary>
    /// <param name="period">The period.</param>
    /// <param name="date">The date.</param>
    /// <returns>True when the date is in the period.</returns>
    public static bool Contains(this DoNotContactPeriod period, LocalDate date) => period.Contains(date.ToDateOnly());

    /// <summary>Creates the step an action policy decides (see <see cref="Reminders.ReminderStep"/>'s constructor).</summary>
    /// <param name="level">The level number (from 1), or 0 for none.</param>
    /// <param name="date">The date the level is due.</param>
    /// <param name="reason">Why.</param>
    /// <returns>The step.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is negative.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="reason"/> is null.</exception>
    public static ReminderStep ReminderStep(int level, LocalDate date, Reason reason) => new(level, date.ToDateOnly(), reason);

    /// <summary>Tells whether a step is due on a date (see <see cref="ReminderStep.IsDueOn(DateOnly)"/>).</summary>
    /// <param name="step">The step.</param>
    /// <param name="asOf">The date.</param>
    /// <returns>True when a level is due on or before the date.</returns>
    public static bool IsDueOn(this ReminderStep step, LocalDate asOf) => step.IsDueOn(asOf.ToDateOnly());

    /// <summary>Creates the arguments of a reminder action policy, to test a custom policy alone (see
    /// <see cref="Reminders.ReminderActionArguments"/>'s constructor).</summary>
    /// <param name="asOf">The planning date.</param>
    /// <param name="policy">The item's policy.</param>
    /// <param name="item">The item.</param>
    /// <param name="dueDate">The item's due date.</param>
    /// <param name="lastLevel">The last level issued for the item, or 0.</param>
    /// <param name="timesAtLastLevel">How often the last level was issued.</param>
    /// <param name="lastIssuedOn">When the last level was issued, or null.</param>
    /// <param name="lastOutcome">The outcome of the customer's last contact, or null.</param>
    /// <returns>The arguments.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A level or count is out of range.</exception>
    public static ReminderActionArguments ReminderActionArguments(LocalDate asOf, ReminderPolicy policy, DocumentId item, LocalDate dueDate, int lastLevel, int timesAtLastLevel, LocalDate? lastIssuedOn, ContactOutcome? lastOutcome)
        => new(asOf.ToDateOnly(), policy, item, dueDate.ToDateOnly(), lastLevel, timesAtLastLevel, lastIssuedOn?.ToDateOnly(), lastOutcome);

    /// <summary>Creates the arguments of a worklist score policy, to test a custom scorer alone (see
    /// <see cref="Reminders.WorklistScoreArguments"/>'s constructor).</summary>
    /// <param name="customer">The customer.</param>
    /// <param name="info">What the host knows about the customer, or null.</param>
    /// <param name="overdue">The overdue amount in the worklist's currency.</param>
    /// <param name="oldestDaysPastDue">The days past due of the oldest item.</param>
    /// <param name="highestLevel">The highest level proposed.</param>
    /// <param name="brokenPromises">The broken promises.</param>
    /// <param name="asOf">The plan's date.</param>
    /// <returns>The arguments.</returns>
    public static WorklistScoreArguments WorklistScoreArguments(CustomerId customer, ReminderCustomer? info, decimal overdue, int oldestDaysPastDue, int highestLevel, int brokenPromises, LocalDate asOf)
        => new(customer, info, overdue, oldestDaysPastDue, highestLevel, brokenPromises, asOf.ToDateOnly());

    /// <summary>Writes a date as the built-in reminder messages do (see
    /// <see cref="ReminderMessagePolicies.FormatDate(DateOnly, string)"/>).</summary>
    /// <param name="date">The date.</param>
    /// <param name="language">The language code: <c>zh</c> writes <c>yyyy年M月d日</c>, any other <c>d MMMM yyyy</c>.</param>
    /// <returns>The text.</returns>
    public static string FormatDate(LocalDate date, string language) => ReminderMessagePolicies.FormatDate(date.ToDateOnly(), language);
}
