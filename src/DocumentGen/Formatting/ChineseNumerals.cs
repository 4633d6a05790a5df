namespace Reconsideration.DocumentGen.Formatting;

/// <summary>Chinese numerals for article citations ("第六十四条") and the four heading levels of GB/T 9704.</summary>
public static class ChineseNumerals
{
    private static readonly string[] Digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    private static readonly string[] Units = ["", "十", "百", "千"];

    /// <summary>1 → "一", 10 → "十", 64 → "六十四", 101 → "一百零一", 110 → "一百一十"; 0–9999.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Outside 0–9999 (no article or item number reaches that).</exception>
    public static string ToChinese(int number)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(number);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, 9999);
        if (number == 0) return Digits[0];
        // 10–19 read "十…", not "一十…", in citations ("第十六条").
        if (number is >= 10 and < 20) return "十" + (number == 10 ? "" : Digits[number - 10]);

        var text = new System.Text.StringBuilder();
        var pendingZero = false;
        for (var position = 3; position >= 0; position--)
        {
            var digit = number / (int)Math.Pow(10, position) % 10;
            if (digit == 0)
            {
                pendingZero = text.Length > 0;
                continue;
            }
            if (pendingZero) text.Append(Digits[0]);
            pendingZero = false;
            text.Append(Digits[digit]).Append(Units[position]);
        }
        return text.ToString();
    }

    /// <summary>The heading prefix of a level: 1 "一、", 2 "（一）", 3 "1.", 4 "（1）".</summary>
    /// <exception cref="ArgumentOutOfRangeException">Level outside 1–4 or number below 1.</exception>
    public static string Heading(int level, int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        return level switch
        {
            1 => ToChinese(number) + "、",
            2 => "（" + ToChinese(number) + "）",
            3 => number + ".",
            4 => "（" + number + "）",
            _ => throw new ArgumentOutOfRangeException(nameof(level), level, "标题层级只能是1至4。"),
        };
    }
}
