using System.Globalization;

namespace Reconsideration.Host.Features.Cases.Domain.Validation;

/// <summary>
/// 公民身份号码 (GB 11643-1999): six digits of the address code, eight of the birth date (yyyyMMdd), three of the
/// sequence (odd = male) and the check character of ISO 7064 MOD 11-2 ("X" stands for 10).
/// </summary>
public static class ResidentIdNumber
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    /// <summary>The check character for the first seventeen digits.</summary>
    /// <exception cref="ArgumentException">Not seventeen decimal digits.</exception>
    public static char CheckCharacter(string first17)
    {
        if (first17.Length != 17 || !first17.All(char.IsAsciiDigit))
            throw new ArgumentException("公民身份号码本体码须为17位数字。", nameof(first17));
        var sum = 0;
        for (var i = 0; i < 17; i++) sum += (first17[i] - '0') * Weights[i];
        return CheckCharacters[sum % 11];
    }

    /// <summary>Upper-case, without surrounding spaces (a lowercase x is a common typing variant).</summary>
    public static string Normalize(string value) => value.Trim().ToUpperInvariant();

    /// <summary>
    /// Checks a number and returns what is wrong with it (empty when valid), each message naming <paramref name="label"/>.
    /// </summary>
    public static IReadOnlyList<string> Check(string value, string label, out DateOnly birthDate, out Sex sex)
    {
        birthDate = default;
        sex = default;
        var id = Normalize(value);
        if (id.Length != 18)
            return [$"{label}“{value}”应为18位，实际为{id.Length}位。"];
        if (!id[..17].All(char.IsAsciiDigit) || !(char.IsAsciiDigit(id[17]) || id[17] == 'X'))
            return [$"{label}“{value}”只能由数字组成，最后一位可以是X。"];

        var problems = new List<string>();
        if (!DateOnly.TryParseExact(id.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out birthDate)
            || birthDate.Year < 1900)
            problems.Add($"{label}“{value}”第7至14位的出生日期“{id.Substring(6, 8)}”不是有效日期。");
        var expected = CheckCharacter(id[..17]);
        if (expected != id[17])
            problems.Add($"{label}“{value}”校验码错误：按前17位计算第18位应为{expected}，请核对号码是否抄错。");
        sex = (id[16] - '0') % 2 == 1 ? Sex.Male : Sex.Female;
        return problems;
    }

    /// <summary>Whether the number is well formed with a valid birth date and check character.</summary>
    public static bool IsValid(string value) => Check(value, "公民身份号码", out _, out _).Count == 0;
}
