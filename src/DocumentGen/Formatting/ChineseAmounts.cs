using System.Globalization;

namespace Reconsideration.DocumentGen.Formatting;

/// <summary>
/// Money as documents print it: "5000元" in the text (no thousands separator, as fines are written in
/// decisions), and the capital form "伍仟元整" where a figure must not be altered (调解书 payments).
/// </summary>
public static class ChineseAmounts
{
    private static readonly string[] Digits = ["零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"];
    private static readonly string[] Units = ["", "拾", "佰", "仟"];
    private static readonly string[] Groups = ["", "万", "亿", "万亿"];

    /// <summary>5000 → "5000元", 1234.5 → "1234.50元".</summary>
    public static string Yuan(decimal amount)
    {
        var rounded = Math.Round(amount, 2, MidpointRounding.AwayFromZero);
        var text = rounded == decimal.Truncate(rounded)
            ? decimal.Truncate(rounded).ToString(CultureInfo.InvariantCulture)
            : rounded.ToString("0.00", CultureInfo.InvariantCulture);
        return text + "元";
    }

    /// <summary>20000 → "贰万元整", 1005.07 → "壹仟零伍元零柒分", 0.5 → "伍角".</summary>
    /// <exception cref="ArgumentOutOfRangeException">Negative, or 10^16 yuan or more.</exception>
    public static string Upper(decimal amount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(amount);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(amount, 10_000_000_000_000_000m);
        var cents = (long)Math.Round(amount * 100, MidpointRounding.AwayFromZero);
        var yuan = cents / 100;
        var jiao = (int)(cents / 10 % 10);
        var fen = (int)(cents % 10);

        var text = yuan > 0 ? IntegerPart(yuan) + "元" : "";
        if (jiao == 0 && fen == 0) return (text.Length == 0 ? "零元" : text) + "整";
        if (jiao > 0) text += Digits[jiao] + "角";
        else if (yuan > 0) text += Digits[0];
        if (fen > 0) text += Digits[fen] + "分";
        return text;
    }

    private static string IntegerPart(long value)
    {
        var text = new System.Text.StringBuilder();
        var needZero = false;
        for (var group = 3; group >= 0; group--)
        {
            var part = (int)(value / (long)Math.Pow(10000, group) % 10000);
            if (part == 0)
            {
                needZero = text.Length > 0;
                continue;
            }
            if (needZero || (text.Length > 0 && part < 1000)) text.Append(Digits[0]);
            text.Append(FourDigits(part)).Append(Groups[group]);
            needZero = false;
        }
        return text.ToString();
    }

    private static string FourDigits(int part)
    {
        var text = new System.Text.StringBuilder();
        var pendingZero = false;
        for (var position = 3; position >= 0; position--)
        {
            var digit = part / (int)Math.Pow(10, position) % 10;
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
}
