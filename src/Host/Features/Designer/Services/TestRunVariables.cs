using System.Text.Json;

namespace Reconsideration.Host.Features.Designer.Services;

/// <summary>
/// The variables a person types into a test run, one name and value a row. A value that reads as JSON (<c>true</c>,
/// <c>12</c>, <c>"文字"</c>, <c>{"a": 1}</c>, <c>[1, 2]</c>) is taken as that; anything else as text.
/// </summary>
public static class TestRunVariables
{
    /// <exception cref="DesignerInputException">A name is empty but its value is not, is not a valid name, or repeats.</exception>
    public static IReadOnlyDictionary<string, object?> Parse(IEnumerable<(string? Name, string? Value)> rows)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (rawName, rawValue) in rows)
        {
            var name = rawName?.Trim() ?? "";
            var value = rawValue ?? "";
            if (name.Length == 0)
            {
                if (value.Trim().Length > 0) throw new DesignerInputException($"值“{value.Trim()}”没有填写变量名。");
                continue;
            }
            if (!IsName(name)) throw new DesignerInputException($"变量名“{name}”无效：应以字母或 _ 开头，只含字母、数字和 _。");
            if (!result.TryAdd(name, Value(value))) throw new DesignerInputException($"变量“{name}”填写了两次。");
        }
        return result;
    }

    private static bool IsName(string name) =>
        (char.IsLetter(name[0]) || name[0] == '_') && name.All(c => char.IsLetterOrDigit(c) || c == '_');

    private static JsonElement Value(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return JsonSerializer.SerializeToElement(text);
        }
    }
}
