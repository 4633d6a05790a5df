namespace Reconsideration.DocumentGen.Text;

/// <summary>
/// Character classes for Chinese line breaking (a small subset of UAX #14 and GB/T 15834 practice).
/// "Ideographic" characters allow a break on either side; "word" characters (Latin letters, digits and the ASCII
/// symbols between them, full-width letters and digits) stick together, so "123.45", "ABC-12" and "2026" never split.
/// </summary>
internal static class CharClasses
{
    /// <summary>避头: characters that must not start a line (closing brackets and quotes, pause and stop marks, …).</summary>
    public const string Closers =
        "，。、；：！？）］｝〕〉》」』】〗〙〛〞’”｠»›…‥·・．％‰℃°′″ー々〻ゝゞヽヾぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ" +
        ",.;:!?)]}%";

    /// <summary>避尾: characters that must not end a line (opening brackets and quotes, currency signs).</summary>
    public const string Openers = "（［｛〔〈《「『【〖〘〚〝‘“｟«‹([{￥＄£¥$";

    public static bool IsCloser(int c) => c < 0x10000 && Closers.Contains((char)c);

    public static bool IsOpener(int c) => c < 0x10000 && Openers.Contains((char)c);

    public static bool IsSpace(int c) => c == ' ' || c == '\t' || c == 0x3000 || c == 0x00A0;

    /// <summary>Dashes and ellipses come in pairs ("——", "……") that must not be split.</summary>
    public static bool IsPairedMark(int c) => c is '—' or '―' or '…' or '‥' or '─';

    /// <summary>Characters that allow a line break on either side (ideographs, kana, CJK and full-width punctuation).</summary>
    public static bool IsIdeographic(int c) =>
        c is >= 0x2E80 and <= 0x9FFF            // radicals, CJK symbols and punctuation, kana, Ext. A, URO
        || c is >= 0xF900 and <= 0xFAFF         // compatibility ideographs
        || c is >= 0xFE30 and <= 0xFE4F         // CJK compatibility forms
        || (c is >= 0xFF00 and <= 0xFFEF && !IsFullWidthAlphanumeric(c))
        || c is >= 0x20000 and <= 0x3FFFF       // supplementary ideographs
        || c is '—' or '―' or '…' or '‥' or '‘' or '’' or '“' or '”' or '·';

    private static bool IsFullWidthAlphanumeric(int c) =>
        c is >= 0xFF10 and <= 0xFF19 or >= 0xFF21 and <= 0xFF3A or >= 0xFF41 and <= 0xFF5A;

    /// <summary>Whether a line may break between <paramref name="before"/> and <paramref name="after"/>.</summary>
    public static bool CanBreakBetween(int before, int after)
    {
        if (IsSpace(after) || IsCloser(after) || IsOpener(before)) return false;
        if (IsSpace(before)) return true;
        if (IsPairedMark(before) && IsPairedMark(after)) return false;
        return IsIdeographic(before) || IsIdeographic(after);
    }
}
