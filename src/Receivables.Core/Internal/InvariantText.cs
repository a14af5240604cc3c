using System.Globalization;
using System.Text;

namespace Receivables.Internal;

/// <summary>
/// Records' text forms in the invariant culture. The compiler-generated <c>ToString</c> of a record appends each member
/// with the current culture (a due date printed as 31.01.2026 under de-DE or in the Hijri calendar under ar-SA); every
/// public record declares <c>ToString() =&gt; InvariantText.Record(nameof(X), PrintMembers)</c> instead, which prints
/// the same text the compiler would under the invariant culture.
/// </summary>
internal static class InvariantText
{
    public static string Record(string name, Func<StringBuilder, bool> printMembers)
    {
        var builder = new StringBuilder(name).Append(" { ");
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
            if (printMembers(builder))
            {
                builder.Append(' ');
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
        }

        return builder.Append('}').ToString();
    }
}
