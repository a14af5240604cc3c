using FsCheck;
using FsCheck.Fluent;

namespace Receivables.Tests.Support;

/// <summary>Generators for the equivalence of the matching engine's fast paths with their straightforward forms.</summary>
public static partial class Arbitraries
{
    // Declared first: static fields initialise in text order and the public generators below use it.
    private static Gen<string> DenseNumberGen { get; } =
        from prefix in Gen.Elements("INV-", "INV", "inv ", "AB-", string.Empty)
        from digits in Gen.ArrayOf(Gen.Elements('1', '2', '3'), 6).SelectMany(d => Gen.Choose(5, 6).Select(n => new string(d, 0, n)))
        select prefix + digits;

    private static Gen<string> MixedNumberGen { get; } =
        from prefix in Gen.Elements("INV-", "RE", "发票", "Ü-", "\u0130NV", "ab", "Kd-Nr ", string.Empty)
        from digits in Gen.ArrayOf(Gen.Elements('1', '2', '3', 'ä'), 6).SelectMany(d => Gen.Choose(4, 6).Select(n => new string(d, 0, n)))
        select prefix + digits;

    /// <summary>Dense document numbers (few characters, so that many are one edit apart; some differ only by
    /// separators or case, so that they share a normalised number) and a written reference of the same kind.</summary>
    public static Gen<(string[] Documents, string Reference)> DenseReferencesGen { get; } =
        from documents in Gen.ArrayOf(DenseNumberGen, 40).SelectMany(d => Gen.Choose(1, 40).Select(n => d.Take(n).Distinct(StringComparer.Ordinal).ToArray()))
        from reference in DenseNumberGen
        select (documents, reference);

    /// <summary>Document numbers of which some are not ASCII once normalised (Chinese, umlauts, a dotted capital I),
    /// in any order, so that an index starts keeping its keys as bytes and may switch to characters part-way; and a
    /// written reference of the same kind.</summary>
    public static Gen<(string[] Documents, string Reference)> MixedScriptReferencesGen { get; } =
        from documents in Gen.ArrayOf(MixedNumberGen, 30).SelectMany(d => Gen.Choose(1, 30).Select(n => d.Take(n).Distinct(StringComparer.Ordinal).ToArray()))
        from reference in MixedNumberGen
        select (documents, reference);

    /// <summary>Customer ids (letters and digits, some with separators, one without a digit, one too short) and a
    /// remittance text that writes some of them in other ways (lower case, full width, other separators) among
    /// numbers and words of the same shapes.</summary>
    public static Gen<(string[] Customers, string Text)> CustomerIdTextGen { get; } =
        from customers in Gen.ArrayOf(Gen.Elements("C-1001", "C1001", "C1002", "KD77120", "KD-77-121", "SO.12.3456", "AB12", "A1", "ACME", "100234", "C 1003"), 6)
            .Select(c => c.Distinct(StringComparer.Ordinal).ToArray())
        from parts in Gen.ArrayOf(Gen.Elements(
                "C-1001", "c1001", "C 1001", "Ｃ１００１", "C1002", "C/1002", "kd77120", "KD 77 120", "KD-77-121", "KD77121", "SO 12 3456", "so-12-3456",
                "AB12", "ab-12", "A1", "100234", "100 234", "INV-2026-0042", "Rechnung", "1001", "C", "-", "/", ".", " ", "  ", "_", ",", "发票", "ＫＤ７７１２０"), 10)
            .SelectMany(p => Gen.Choose(0, 10).Select(n => string.Concat(p.Take(n))))
        select (customers, parts);

    /// <summary>Remittance-like texts: ASCII words and digits, full-width and Arabic-Indic digits, Chinese, the
    /// Kelvin sign and a dotted capital I (characters whose case folding differs from ASCII), and ASCII K.</summary>
    public static Gen<string> RemittanceTextGen { get; } =
        Gen.ArrayOf(Gen.Elements("INV", "inv", "Inv-", "IN", "NV", " ", "-", "/", "1", "2", "12345678", "1234567", "００１２", "٠١٢٣٤٥٦٧", "发票", "\u212A", "\u0130NV", "ınv", "2026", "0012345678901234567890", "k", "KNV"), 8)
            .SelectMany(parts => Gen.Choose(0, 8).Select(n => string.Concat(parts.Take(n))));
}

public static partial class Arbitraries
{
    /// <summary>Texts with references in every shape the patterns read: prefixes in any case, separators between
    /// prefix and digits, digit groups with spaces and dashes, lists with slashes, commas and Chinese commas, runs of
    /// 8 and 20 digits, full-width digits and letters (folded before reading), and noise.</summary>
    public static Gen<string> ReferenceTextGen { get; } =
        Gen.ArrayOf(
                Gen.Elements(
                    "INV", "inv", "Inv", "INV-", "INV #", "INV: ", "INV.", "INV_", "RE", "re ", "XINV", "2026", "-", "_", ".", " ", "  ",
                    "1001", "1002", "12", "7", "/", "/ ", " / ", ",", ", ", "、", "，", ";", "&", "+", "12345678", "87654321", "1234 5678",
                    "00123456789012345678", "1234567890123456789012", "25.00", "1.5", "發票", "付款", "Kd-Nr 4711", "١٢٣٤٥٦٧٨", "۱۲۳۴", "ü", "İNV", "ınv", "Ä-"),
                10)
            .SelectMany(parts => Gen.Choose(0, 10).Select(n => string.Concat(parts.Take(n))));

    /// <summary>Names with legal forms in several spellings and positions, punctuation, full-width letters, Chinese
    /// affixes, digits and case: the inputs of name normalisation.</summary>
    public static Gen<string> CompanyNameGen { get; } =
        Gen.ArrayOf(
                Gen.Elements(
                    "Acme", "acme", "ACME", "Nordwind", " ", "  ", ".", ",", "-", "&", "GmbH", "G.m.b.H.", "gmbh", "Ltd", "Ltd.", "Limited",
                    "S.p.A.", "AG", "Co", "co.", "Inc", "ＡＣＭＥ", "Ｇｍｂｈ", "\u3000", "有限公司", "股份有限公司", "公司", "宁波", "港通",
                    "贸易", "123", "4", "İstanbul", "ǅemal", "\u212Aelvin", "ß", "é", "Müller", "Dış", "A.Ş.", "Ø", "ő", "Mu\u0308ller", "łódź", "Ελλάδα"),
                7)
            .SelectMany(parts => Gen.Choose(0, 7).Select(n => string.Concat(parts.Take(n))));

    // Declared before its user: static fields initialise in text order.
    private static Gen<string> SmallNameGen { get; } =
        Gen.ArrayOf(Gen.Elements("ab", "ba", "abc", "ca", "b", "a", " ", "x", "aa", "GmbH", "有限", "公司"), 5)
            .SelectMany(parts => Gen.Choose(1, 5).Select(n => string.Concat(parts.Take(n))));

    /// <summary>A few company names (dense, so that several are similar) and a payer name.</summary>
    public static Gen<(string[] Names, string Payer, double Threshold)> SimilarNamesGen { get; } =
        from names in Gen.ArrayOf(SmallNameGen, 12).SelectMany(n => Gen.Choose(1, 12).Select(k => n.Take(k).ToArray()))
        from payer in SmallNameGen
        from threshold in Gen.Elements(0.5, 0.7, 0.85, 1.0)
        select (names, payer, threshold);

}
