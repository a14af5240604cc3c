using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Receivables.Internal;

namespace Receivables.Reminders;

/// <summary>The built-in <see cref="IReminderMessagePolicy"/>s: the built-in friendly, firm and final-demand
/// templates in English and Chinese, or your own templates.</summary>
/// <remarks>Static and thread-safe; the policies are immutable. See <see cref="ReminderTemplate"/> for the formats.</remarks>
public static class ReminderMessagePolicies
{
    /// <summary>Gets the built-in templates: friendly, firm and final demand (催款函), each in English and Chinese.</summary>
    public static ImmutableArray<ReminderTemplate> BuiltInTemplates { get; } =
    [
        new(ReminderTone.Friendly, "en", "Friendly reminder: {total} due",
            "Dear {contact},\n\nThis is a friendly reminder that the following items of {customer} are due or past due as of {date}:\n{items}\nTotal: {total}\n\nIf you have already paid, please ignore this message. Otherwise we would be glad to receive your payment{bank}.\n\nKind regards,\n{company}"),
        new(ReminderTone.Firm, "en", "Payment reminder (level {level}): {total} overdue",
            "Dear {contact},\n\nDespite our earlier reminder, the following items of {customer} remain unpaid as of {date}:\n{items}\nTotal overdue: {total}\nReminder fee: {fee}\nInterest: {interest}\n\nPlease pay the total within 7 days{bank}.\n\nRegards,\n{company}"),
        new(ReminderTone.FinalDemand, "en", "Final demand: {total} overdue",
            "Dear {contact},\n\nFINAL DEMAND. The following items of {customer} are still unpaid as of {date}:\n{items}\nTotal overdue: {total}\nReminder fee: {fee}\nInterest: {interest}\n\nUnless we receive payment in full by {next}, we will pass the matter on for collection without further notice{bank}.\n\n{company}"),
        new(ReminderTone.Friendly, "zh", "付款提醒：{total}",
            "{contact}您好：\n\n截至{date}，贵司（{customer}）以下款项已到期或即将到期：\n{items}\n合计：{total}\n\n如已付款，请忽略本提醒；如未付款，烦请尽快安排{bank}。\n\n顺颂商祺\n{company}"),
        new(ReminderTone.Firm, "zh", "催款通知（第{level}次）：逾期{total}",
            "{contact}您好：\n\n截至{date}，贵司（{customer}）以下款项经我司提醒后仍未支付：\n{items}\n逾期合计：{total}\n催收费用：{fee}\n逾期利息：{interest}\n\n请于7日内付清{bank}。\n\n{company}"),
        new(ReminderTone.FinalDemand, "zh", "催款函：逾期{total}",
            "{customer}：\n\n催款函。截至{date}，贵司以下款项仍未支付：\n{items}\n逾期合计：{total}\n催收费用：{fee}\n逾期利息：{interest}\n\n请于{next}前全额付清，否则我司将不再另行通知，委托催收机构或通过法律途径解决{bank}。\n\n{company}"),
    ];

    /// <summary>Gets the default renderer: the <see cref="BuiltInTemplates"/>, by the proposal's tone and language
    /// (English when the language has no template).</summary>
    public static IReminderMessagePolicy BuiltIn { get; } = new TemplateRenderer(BuiltInTemplates, null);

    /// <summary>Creates a renderer from your templates, falling back to another renderer for a tone and language
    /// without a template.</summary>
    /// <param name="templates">The templates; a later one replaces an earlier one of the same tone and language.</param>
    /// <param name="fallback">The renderer for the rest. The default value is <see cref="BuiltIn"/>.</param>
    /// <returns>The renderer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="templates"/> or a template is null.</exception>
    public static IReminderMessagePolicy Templates(IEnumerable<ReminderTemplate> templates, IReminderMessagePolicy? fallback = null)
    {
        ImmutableArray<ReminderTemplate> list = [.. Guard.NotNull(templates)];
        if (list.Any(t => t is null))
        {
            throw new ArgumentNullException(nameof(templates), "A template is null.");
        }

        return new TemplateRenderer(list, fallback ?? BuiltIn);
    }

    /// <summary>Writes an amount as the templates do: <c>#,##0.00</c> with the currency's minor units, then the code.</summary>
    /// <param name="amount">The amount.</param>
    /// <returns>The text, such as <c>12,345.60 CNY</c> or <c>1,200 JPY</c>.</returns>
    public static string FormatAmount(Money amount)
    {
        var digits = amount.Currency.MinorUnits;
        var pattern = digits == 0 ? "#,##0" : "#,##0." + new string('0', digits);
        return amount.Amount.ToString(pattern, CultureInfo.InvariantCulture) + " " + amount.Currency.Code;
    }

    /// <summary>Writes a date as the templates do: <c>yyyy年M月d日</c> for <c>zh</c>, else <c>d MMMM yyyy</c> (English month names).</summary>
    /// <param name="date">The date.</param>
    /// <param name="language">The language code.</param>
    /// <returns>The text.</returns>
    public static string FormatDate(DateOnly date, string language)
        => string.Equals(language, "zh", StringComparison.Ordinal)
            ? date.ToString("yyyy'年'M'月'd'日'", CultureInfo.InvariantCulture)
            : date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    private sealed class TemplateRenderer(ImmutableArray<ReminderTemplate> templates, IReminderMessagePolicy? fallback) : IReminderMessagePolicy
    {
        public ReminderMessage Render(in ReminderMessageArguments a)
        {
            var p = a.Proposal;
            var template = Find(p.Tone, p.Language);
            if (template is null)
            {
                if (fallback is not null)
                {
                    return fallback.Render(a);
                }

                template = Find(p.Tone, "en") ?? throw new InvalidOperationException($"No template for {p.Tone}.");
            }

            var zh = string.Equals(template.Language, "zh", StringComparison.Ordinal);
            var values = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["customer"] = a.CustomerName,
                ["contact"] = p.ContactPerson ?? (zh ? a.CustomerName : "Sir or Madam"),
                ["date"] = FormatDate(p.Date, template.Language),
                ["items"] = Items(p, template.Language),
                ["total"] = Amounts(p.Totals, zh),
                ["fee"] = Amounts(p.Fees, zh),
                ["interest"] = Amounts(p.Interest, zh),
                ["level"] = p.Level.ToString(CultureInfo.InvariantCulture),
                ["next"] = FormatDate(p.NextActionDate ?? p.Date.AddDays(7), template.Language),
                ["bank"] = a.BankDetails.Length == 0 ? string.Empty : (zh ? "（收款账户：" + a.BankDetails + "）" : " to " + a.BankDetails),
                ["company"] = a.Company,
            };
            return new ReminderMessage(template.Language, Fill(template.Subject, values), Fill(template.Body, values));
        }

        private ReminderTemplate? Find(ReminderTone tone, string language)
        {
            ReminderTemplate? found = null;
            foreach (var t in templates)
            {
                if (t.Tone == tone && string.Equals(t.Language, language, StringComparison.Ordinal))
                {
                    found = t;
                }
            }

            return found;
        }

        private static string Amounts(ImmutableArray<Money> amounts, bool zh)
            => amounts.IsEmpty ? (zh ? "无" : "none") : string.Join(" + ", amounts.Select(FormatAmount));

        private static string Items(ReminderProposal p, string language)
        {
            var zh = string.Equals(language, "zh", StringComparison.Ordinal);
            var text = new StringBuilder();
            foreach (var line in p.Lines)
            {
                text.Append("  ").Append(line.Item.Value);
                if (line.Subject != ReminderSubject.Payment)
                {
                    text.Append(zh ? "  待提供：" : "  owed: ").Append(Owed(line.Subject, zh));
                }

                text.Append(zh ? "  到期日 " : "  due ").Append(FormatDate(line.DueDate, language));
                if (line.Open is { } open)
                {
                    text.Append("  ").Append(FormatAmount(open));
                }

                text.Append('\n');
            }

            return text.ToString().TrimEnd('\n');
        }

        private static string Owed(ReminderSubject subject, bool zh) => subject switch
        {
            ReminderSubject.MissingInvoice => zh ? "发票" : "invoice (fapiao)",
            ReminderSubject.SignedDeliveryNote => zh ? "签收的送货单" : "signed delivery note",
            ReminderSubject.StatementConfirmation => zh ? "对账单确认" : "statement confirmation",
            _ => subject.ToString(),
        };

        private static string Fill(string template, Dictionary<string, string> values)
        {
            var text = new StringBuilder(template.Length * 2);
            var i = 0;
            while (i < template.Length)
            {
                var open = template.IndexOf('{', i);
                if (open < 0)
                {
                    text.Append(template, i, template.Length - i);
                    break;
                }

                var close = template.IndexOf('}', open);
                text.Append(template, i, open - i).Append(values[template[(open + 1)..close]]);
                i = close + 1;
            }

            return text.ToString();
        }

        public override string ToString() => "templates";
    }
}
