using System.CommandLine;
using System.Globalization;
using Receivables.Calendars;
using Receivables.Terms;

namespace Receivables.Cli.Commands;

/// <summary><c>receivables terms</c>: the payment schedule of a term for an invoice date and amount.</summary>
internal static class TermsCommand
{
    public static Command Create(CliContext context)
    {
        var notation = new Argument<string>("term") { Description = "The term in compact notation, e.g. \"2/10 NET 30\", \"30% DEPOSIT, 70% NET 60\", \"CM+1M+10D\" (see docs/terms.md)." };
        var date = DateOptions.Optional("--date", "Invoice (document) date, yyyy-MM-dd.");
        date.Required = true;
        var orderDate = DateOptions.Optional("--order-date", "Order date for deposit lines, yyyy-MM-dd. Default: the invoice date.");
        var amount = CliParsers.DecimalOption("--amount");
        amount.Description = "Invoice total (tax included), with a dot for decimals.";
        amount.Required = true;
        var currency = new Option<string>("--currency") { Description = "ISO 4217 currency code.", DefaultValueFactory = _ => "EUR" };
        var tax = CliParsers.NullableDecimalOption("--tax");
        tax.Description = "Tax included in the total; with --discount-net-of-tax, discounts apply to the amount without it.";
        var netDiscount = new Option<bool>("--discount-net-of-tax") { Description = "Apply discount percentages to the amount net of tax (needs --tax)." };
        var calendar = new Option<string?>("--calendar") { Description = "Adjust due dates to business days: CN (China mainland), WEEKEND, or a calendar file path (docs/calendars.md)." };
        var convention = new Option<BusinessDayConvention>("--convention")
        {
            Description = "Business-day convention with --calendar: Following, ModifiedFollowing, Preceding, ModifiedPreceding, None.",
            DefaultValueFactory = _ => BusinessDayConvention.Following,
        };
        var strictCalendar = CalendarCoverage.StrictOption();
        var maxDays = new Option<int?>("--max-days") { Description = "Flag installments due more than this many days after the invoice date (e.g. 60)." };
        var format = ReportWriter.FormatOption();
        var command = new Command("terms", "Payment schedule of a term: installments, due dates, amounts and early-payment discounts.")
        {
            notation, date, orderDate, amount, currency, tax, netDiscount, calendar, convention, strictCalendar, maxDays, format,
        };
        command.SetAction(parse => context.Guarded(() =>
        {
            try
            {
                var term = TermNotation.Parse(parse.GetValue(notation)!);
                var money = Currency.FromCode(parse.GetValue(currency)!.Trim().ToUpperInvariant());
                var total = CliParsers.Money(parse.GetValue(amount), money, "--amount");
                var taxAmount = parse.GetValue(tax) is { } t ? CliParsers.Money(t, money, "--tax") : (Money?)null;
                if (parse.GetValue(netDiscount))
                {
                    term = term.WithDiscountBase(DiscountBase.NetOfTax);
                }

                var calendarName = parse.GetValue(calendar);
                var businessCalendar = calendarName is null ? null : CalendarCoverage.Apply(LoadCalendar(calendarName), parse.GetValue(strictCalendar));
                if (businessCalendar is not null)
                {
                    term = term.WithBusinessDays(businessCalendar, parse.GetValue(convention));
                }

                var invoiceDate = parse.GetValue(date)!.Value;
                var dates = new TermDates(invoiceDate) { OrderDate = parse.GetValue(orderDate) };
                var schedule = term.Schedule(total, dates, taxAmount);
                if (businessCalendar is not null)
                {
                    CalendarCoverage.Warn(context, businessCalendar, schedule.Installments.SelectMany(i => i.Discounts.Select(d => d.PayBy).Append(i.DueDate)));
                }
                var reports = new List<Report> { Schedule(schedule) };
                if (parse.GetValue(maxDays) is { } max)
                {
                    reports.Add(Limit(new PaymentTermLimit(max, string.Create(CultureInfo.InvariantCulture, $"maximum {max} days")), schedule));
                }

                ReportWriter.Write(context, parse.GetValue(format), [.. reports]);
                return CliApp.Success;
            }
            catch (Exception ex) when (ex is FormatException or ArgumentException or UnknownCurrencyException or IOException or UnauthorizedAccessException or CalendarCoverageException)
            {
                context.Error.WriteLine($"error: {CliErrors.Describe(ex)}");
                return CliApp.InputError;
            }
        }));
        return command;
    }

    private static BusinessCalendar LoadCalendar(string name)
    {
        if (BusinessCalendars.TryGet(name, out var builtIn))
        {
            return builtIn!;
        }

        if (!File.Exists(name))
        {
            throw new ArgumentException($"Unknown calendar '{name}': use CN, WEEKEND or the path of a calendar file.", nameof(name));
        }

        try
        {
            return CalendarFile.Parse(File.ReadAllText(name), Path.GetFileNameWithoutExtension(name), WeekendDays.SaturdaySunday);
        }
        catch (CalendarFormatException ex)
        {
            throw new FormatException($"{name}: {ex.Message}", ex);
        }
    }

    private static Report Schedule(PaymentSchedule schedule)
    {
        var rows = schedule.Installments.Select(i => (IReadOnlyList<string>)
        [
            i.Number.ToString(CultureInfo.InvariantCulture),
            Share(i.Line),
            ReportWriter.Date(i.DueDate),
            ReportWriter.Amount(i.Amount),
            string.Join("; ", i.Discounts.Select(d => ReportWriter.Date(d.PayBy))),
            string.Join("; ", i.Discounts.Select(d => ReportWriter.Amount(d.Discount))),
            string.Join("; ", i.Discounts.Select(d => ReportWriter.Amount(i.Amount - d.Discount))),
        ]).ToList();
        return new Report(
            "Payment schedule",
            [new("No", true), new("Line"), new("Due date"), new("Amount", true), new("Discount until"), new("Discount", true), new("Pay with discount", true)],
            rows);
    }

    private static string Share(InstallmentLine line)
    {
        var share = line.Kind switch
        {
            InstallmentKind.Percent => line.Percent.ToString("0.##########", CultureInfo.InvariantCulture) + "%",
            InstallmentKind.FixedAmount => ReportWriter.Amount(line.Amount!.Value),
            _ => "balance",
        };
        return line.IsDeposit ? share + " deposit" : share;
    }

    private static Report Limit(PaymentTermLimit limit, PaymentSchedule schedule)
    {
        var rows = limit.Check(schedule).Select(v => (IReadOnlyList<string>)
        [
            v.InstallmentNumber.ToString(CultureInfo.InvariantCulture),
            ReportWriter.Date(v.DueDate),
            v.Days.ToString(CultureInfo.InvariantCulture),
            v.MaxDays.ToString(CultureInfo.InvariantCulture),
        ]).ToList();
        return new Report(
            "Installments beyond the maximum term",
            [new("No", true), new("Due date"), new("Days", true), new("Limit", true)],
            rows);
    }
}
