using System.Text.RegularExpressions;

namespace Reconsideration.Host.Features.Cases.Domain.Validation;

/// <summary>
/// Telephone numbers as people in mainland China write them: a mobile number (11 digits starting 13–19), or a
/// landline with or without its area code ("0571-87654321", "87654321"), optionally with an extension.
/// Spaces and hyphens between groups are allowed.
/// </summary>
public static partial class PhoneNumber
{
    /// <summary>Whether <paramref name="value"/> is a plausible mainland telephone number.</summary>
    public static bool IsValid(string value)
    {
        var compact = value.Trim().Replace(" ", "", StringComparison.Ordinal);
        if (compact.StartsWith("+86", StringComparison.Ordinal)) compact = compact[3..].TrimStart('-');
        return Mobile().IsMatch(compact.Replace("-", "", StringComparison.Ordinal)) || Landline().IsMatch(compact);
    }

    [GeneratedRegex(@"^1[3-9][0-9]{9}$")]
    private static partial Regex Mobile();

    [GeneratedRegex(@"^(0[1-9][0-9]{1,2}-?)?[2-9][0-9]{6,7}(-[0-9]{1,6})?$")]
    private static partial Regex Landline();
}
