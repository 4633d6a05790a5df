namespace Reconsideration.Host.Tests.Features.Cases;

/// <summary>
/// Check characters computed here from the standards' definitions (weights as powers, not the production tables),
/// so the tests do not merely repeat the code under test.
/// </summary>
public static class CheckDigits
{
    /// <summary>GB 11643 / ISO 7064 MOD 11-2: weight of position i (1-based from the left of 18) is 2^(18−i) mod 11.</summary>
    public static string IdNumber(string first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var weight = 1;
            for (var k = 0; k < 17 - i; k++) weight = weight * 2 % 11;
            sum += (first17[i] - '0') * weight;
        }

        var check = (12 - sum % 11) % 11;
        return first17 + (check == 10 ? "X" : check.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>GB 32100: weight of position i (0-based) is 3^i mod 31; check = 31 − (Σ mod 31), 31 written as 0.</summary>
    public static string CreditCode(string first17)
    {
        const string alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        var sum = 0;
        var weight = 1;
        for (var i = 0; i < 17; i++)
        {
            sum += alphabet.IndexOf(first17[i]) * weight;
            weight = weight * 3 % 31;
        }

        return first17 + alphabet[(31 - sum % 31) % 31];
    }

    /// <summary>The same number with its last character replaced by a different valid-looking one.</summary>
    public static string WithWrongCheck(string valid, string alphabet)
    {
        var last = valid[^1];
        var other = alphabet.First(c => c != last);
        return valid[..^1] + other;
    }
}
