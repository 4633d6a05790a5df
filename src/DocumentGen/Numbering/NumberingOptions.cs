using System.Text.Json;
using System.Text.Json.Serialization;

namespace Reconsideration.DocumentGen.Numbering;

/// <summary>
/// How document numbers (文号) are written: the place prefix, the pattern and the type code of each document
/// type. Shipped as <c>Templates/numbering.json</c> so a deployment changes them without recompiling.
/// </summary>
public sealed class NumberingOptions
{
    /// <summary>The place prefix, e.g. "红" (红星区).</summary>
    public required string Place { get; init; }

    /// <summary>
    /// The pattern with the placeholders {place}, {code}, {year} and {serial}, e.g.
    /// "{place}府复{code}〔{year}〕{serial}号". The case number is the pattern with an empty code.
    /// </summary>
    public required string Pattern { get; init; }

    /// <summary>Type code per document type key ("decision" → "决"); types without a number are absent.</summary>
    public required IReadOnlyDictionary<string, string> Codes { get; init; }

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Reads a numbering.json file: <c>{ "place": "红", "pattern": "…", "codes": { "decision": "决" } }</c>.</summary>
    /// <exception cref="InvalidOperationException">The file is missing, unreadable or incomplete; the message says which.</exception>
    public static NumberingOptions Load(string path)
    {
        if (!File.Exists(path))
            throw new InvalidOperationException($"找不到文号配置文件 {path}，请确认模板目录中有 numbering.json。");
        FileShape? shape;
        try
        {
            shape = JsonSerializer.Deserialize<FileShape>(File.ReadAllText(path), JsonOptions);
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException($"文号配置文件 {path} 不是有效的 JSON（第{e.LineNumber + 1}行）：{e.Message}", e);
        }
        if (shape?.Place is not { Length: > 0 } place || shape.Pattern is not { Length: > 0 } pattern || shape.Codes is null)
            throw new InvalidOperationException($"文号配置文件 {path} 须填写 place、pattern 和 codes 三项。");
        var options = new NumberingOptions { Place = place, Pattern = pattern, Codes = shape.Codes };
        options.Validate();
        return options;
    }

    internal void Validate()
    {
        foreach (var placeholder in new[] { "{code}", "{year}", "{serial}" })
        {
            if (!Pattern.Contains(placeholder, StringComparison.Ordinal))
                throw new InvalidOperationException($"文号格式“{Pattern}”缺少占位符 {placeholder}。");
        }
        var duplicate = Codes.GroupBy(pair => pair.Value).FirstOrDefault(group => group.Count() > 1);
        if (duplicate is not null)
            throw new InvalidOperationException(
                $"文书类型代字“{duplicate.Key}”被 {string.Join("、", duplicate.Select(pair => pair.Key))} 重复使用，每类文书的代字须唯一，否则无法从文号识别文书类型。");
    }

    private sealed class FileShape
    {
        [JsonPropertyName("place")] public string? Place { get; set; }
        [JsonPropertyName("pattern")] public string? Pattern { get; set; }
        [JsonPropertyName("codes")] public Dictionary<string, string>? Codes { get; set; }
    }
}
