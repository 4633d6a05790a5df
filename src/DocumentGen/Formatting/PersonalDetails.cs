namespace Reconsideration.DocumentGen.Formatting;

/// <summary>
/// Party details. Documents served on the parties print the full ID number (the party must be identifiable,
/// and the document is addressed to them); masking is for copies made public under Art. 79.
/// </summary>
public static class PersonalDetails
{
    /// <summary>"male"/"男"/"M" → "男", "female"/"女"/"F" → "女".</summary>
    /// <exception cref="FormatException">Anything else.</exception>
    public static string Sex(string value) => value.Trim().ToLowerInvariant() switch
    {
        "male" or "m" or "男" => "男",
        "female" or "f" or "女" => "女",
        _ => throw new FormatException($"性别“{value}”无法识别，请填写 male 或 female（男 或 女）。"),
    };

    /// <summary>
    /// Keeps the region code (first 6) and the last 4 characters of an 18-character resident ID number:
    /// "360102********1234"; other lengths keep the first and last character.
    /// </summary>
    public static string MaskIdNumber(string idNumber)
    {
        var id = idNumber.Trim();
        if (id.Length == 18) return id[..6] + new string('*', 8) + id[^4..];
        if (id.Length <= 2) return new string('*', id.Length);
        return id[0] + new string('*', id.Length - 2) + id[^1];
    }
}
