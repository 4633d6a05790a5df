namespace Reconsideration.Host.Features.Cases.Domain.Validation;

/// <summary>
/// 统一社会信用代码 (GB 32100-2015): eighteen characters from the 31-character set without I, O, Z, S and V;
/// positions 3–8 are the administrative division code (digits); the last is the check character
/// 31 − (Σ value × 3^i mod 31) mod 31.
/// </summary>
public static class UnifiedSocialCreditCode
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>The check character for the first seventeen characters.</summary>
    /// <exception cref="ArgumentException">Not seventeen characters of the code's alphabet.</exception>
    public static char CheckCharacter(string first17)
    {
        if (first17.Length != 17 || first17.Any(c => Alphabet.IndexOf(c) < 0))
            throw new ArgumentException("统一社会信用代码前17位须为代码字符集中的字符。", nameof(first17));
        var sum = 0;
        for (var i = 0; i < 17; i++) sum += Alphabet.IndexOf(first17[i]) * Weights[i];
        return Alphabet[(31 - sum % 31) % 31];
    }

    /// <summary>Upper-case, without surrounding spaces.</summary>
    public static string Normalize(string value) => value.Trim().ToUpperInvariant();

    /// <summary>Checks a code and returns what is wrong with it (empty when valid), each message naming <paramref name="label"/>.</summary>
    public static IReadOnlyList<string> Check(string value, string label)
    {
        var code = Normalize(value);
        if (code.Length != 18)
            return [$"{label}“{value}”应为18位，实际为{code.Length}位。"];
        var bad = code.Where(c => Alphabet.IndexOf(c) < 0).Distinct().ToList();
        if (bad.Count > 0)
            return [$"{label}“{value}”含有不允许的字符“{string.Concat(bad)}”（代码不使用字母I、O、Z、S、V）。"];
        if (!code.AsSpan(2, 6).ToString().All(char.IsAsciiDigit))
            return [$"{label}“{value}”第3至8位应为行政区划码（数字）。"];
        var expected = CheckCharacter(code[..17]);
        return expected == code[17]
            ? []
            : [$"{label}“{value}”校验码错误：按前17位计算第18位应为{expected}，请核对代码是否抄错。"];
    }

    /// <summary>Whether the code is well formed with a valid check character.</summary>
    public static bool IsValid(string value) => Check(value, "统一社会信用代码").Count == 0;
}
