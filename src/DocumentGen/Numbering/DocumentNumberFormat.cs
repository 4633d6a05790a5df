using System.Text;
using System.Text.RegularExpressions;

namespace Reconsideration.DocumentGen.Numbering;

/// <summary>
/// Formats and parses document numbers by the configured pattern: 〔〕 brackets, no "第", no leading zeros
/// (GB/T 9704-2012 §7.2.4). One case number per case; each document of the case reuses its year and serial
/// with the document type's code (DOMAIN §4).
/// </summary>
public sealed class DocumentNumberFormat
{
    // The options and their parser, swapped together in one write when an administrator changes the numbering.
    private volatile State _state;

    /// <summary>Creates a format for the given configuration.</summary>
    /// <exception cref="InvalidOperationException">The pattern lacks a placeholder or two types share a code.</exception>
    public DocumentNumberFormat(NumberingOptions options)
    {
        options.Validate();
        _state = new State(options, BuildParser(options));
    }

    private NumberingOptions Options => _state.Options;

    private Regex Parser => _state.Parser;

    /// <summary>The pattern with its placeholders, e.g. "{place}府复{code}〔{year}〕{serial}号".</summary>
    public string Pattern => Options.Pattern;

    /// <summary>The type code of each numbered document type.</summary>
    public IReadOnlyDictionary<string, string> Codes => Options.Codes;

    /// <summary>
    /// Puts other numbering in force for every number formatted or parsed from now on (numbers already issued are
    /// stored as written and stay as they are).
    /// </summary>
    /// <exception cref="InvalidOperationException">The pattern lacks a placeholder or two types share a code; nothing changed.</exception>
    public void Use(NumberingOptions options)
    {
        options.Validate();
        _state = new State(options, BuildParser(options));
    }

    /// <summary>The configured place prefix.</summary>
    public string Place => Options.Place;

    /// <summary>The type code of a document type, or null when that type carries no number of its own.</summary>
    public string? CodeFor(string typeKey) => Options.Codes.TryGetValue(typeKey, out var code) ? code : null;

    /// <summary>The document type key that uses a type code, or null.</summary>
    public string? TypeKeyFor(string typeCode) =>
        Options.Codes.FirstOrDefault(pair => pair.Value == typeCode).Key;

    /// <summary>"红府复决〔2026〕12号" for the type key "decision", year 2026, serial 12.</summary>
    /// <exception cref="ArgumentException">The type has no code configured.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Year or serial out of range.</exception>
    public string Format(string typeKey, int year, int serial) =>
        Format(new DocumentNumber(Options.Place, CodeFor(typeKey)
            ?? throw new ArgumentException($"文书类型“{typeKey}”没有配置文号代字，请在 numbering.json 的 codes 中添加。", nameof(typeKey)),
            year, serial));

    /// <summary>The case number, the pattern with an empty code: "红府复〔2026〕12号".</summary>
    public string FormatCaseNumber(int year, int serial) => Format(new DocumentNumber(Options.Place, "", year, serial));

    /// <summary>Writes a number from its parts.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Year outside 1000–9999 or serial below 1.</exception>
    public string Format(DocumentNumber number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number.Year, 1000);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number.Year, 9999);
        ArgumentOutOfRangeException.ThrowIfLessThan(number.Serial, 1);
        return Options.Pattern
            .Replace("{place}", number.Place, StringComparison.Ordinal)
            .Replace("{code}", number.TypeCode, StringComparison.Ordinal)
            .Replace("{year}", number.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{serial}", number.Serial.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    /// <summary>Reads a number written by this format (a configured code, or none for the case number).</summary>
    public bool TryParse(string text, out DocumentNumber number)
    {
        number = null!;
        var match = Parser.Match(text.Trim());
        if (!match.Success) return false;
        if (!int.TryParse(match.Groups["serial"].Value, out var serial)) return false;
        number = new DocumentNumber(Options.Place, match.Groups["code"].Value, int.Parse(match.Groups["year"].Value), serial);
        return true;
    }

    /// <summary>Reads a number; see <see cref="TryParse"/>.</summary>
    /// <exception cref="FormatException">Not a number of this format; the message shows the expected form.</exception>
    public DocumentNumber Parse(string text) => TryParse(text, out var number)
        ? number
        : throw new FormatException($"文号“{text}”不符合配置的格式（例如 {Format(new DocumentNumber(Options.Place, Options.Codes.Values.FirstOrDefault() ?? "", 2026, 12))}）：应使用六角括号〔〕、不加“第”、序号不编虚位。");

    private static Regex BuildParser(NumberingOptions options)
    {
        // Longest codes first so "不受" is never read as a "受" with a stray character.
        var codes = options.Codes.Values.Distinct().OrderByDescending(code => code.Length).Select(Regex.Escape);
        var pattern = new StringBuilder("^");
        foreach (var piece in Regex.Split(options.Pattern, @"(\{place\}|\{code\}|\{year\}|\{serial\})"))
        {
            pattern.Append(piece switch
            {
                "{place}" => Regex.Escape(options.Place),
                "{code}" => $"(?<code>{string.Join("|", codes)})?",
                "{year}" => "(?<year>[0-9]{4})",
                "{serial}" => "(?<serial>[1-9][0-9]{0,8})",
                _ => Regex.Escape(piece),
            });
        }
        return new Regex(pattern.Append('$').ToString(), RegexOptions.CultureInvariant);
    }

    private sealed record State(NumberingOptions Options, Regex Parser);
}
