using System.Globalization;
using Reconsideration.DocumentGen.DocumentTypes;
using Reconsideration.DocumentGen.Formatting;
using Reconsideration.DocumentGen.Numbering;

namespace Reconsideration.DocumentGen.Templates;

/// <summary>
/// Adds what the templates read besides the data: the "document" object (key, name, number, case number,
/// party), the names of all types ("document_types") and this case's number of each ("case_numbers"),
/// computed here so the number rule lives in one place. Data errors name the field.
/// </summary>
internal static class DocumentModelBuilder
{
    internal sealed record Facts(string Name, string Number, string CaseNumber, string Party, string Organ, DateOnly IssueDate);

    internal static Facts Complete(
        Dictionary<string, object?> model, DocumentType type, DocumentTypeCatalog catalog, DocumentNumberFormat numbers)
    {
        var organ = Text(model, "organ.name") ?? throw Missing(type, "organ.name", "发文机关名称");
        var issueDate = Text(model, "issue_date") is { } issued
            ? Date(type, "issue_date", issued)
            : throw Missing(type, "issue_date", "成文日期（如 2026-03-01）");
        var year = Int(type, model, "case.year");
        var serial = Int(type, model, "case.serial");
        var caseNumber = year is { } y && serial is { } s ? Format(type, () => numbers.FormatCaseNumber(y, s), "case.serial") : "";

        string number;
        if (Text(model, "number") is { } given)
        {
            if (!numbers.TryParse(given, out var parsed) || parsed.TypeCode != (type.TypeCode ?? ""))
                throw new TemplateException(type.TemplateName, null,
                    $"数据中的文号“{given}”不符合{type.ChineseName}的文号格式（应为 {Example(numbers, type)}）。", "number");
            number = given.Trim();
        }
        else if (type.TypeCode is null)
        {
            number = "";
        }
        else
        {
            if (year is null) throw Missing(type, "case.year", "案件年度");
            if (serial is null) throw Missing(type, "case.serial", "案件序号");
            number = Format(type, () => numbers.Format(type.Key, year.Value, serial.Value), "case.serial");
        }

        // Names and this case's numbers of every type, for documents that refer to another (签发单, 送达回证, 责令履行).
        model["document_types"] = catalog.All.ToDictionary(other => other.Key, other => (object?)other.ChineseName, StringComparer.Ordinal);
        model["case_numbers"] = year is { } caseYear && serial is { } caseSerial
            ? catalog.All.Where(other => other.TypeCode is not null)
                .ToDictionary(other => other.Key, other => (object?)numbers.Format(other.Key, caseYear, caseSerial), StringComparer.Ordinal)
            : new Dictionary<string, object?>(StringComparer.Ordinal);

        var party = Text(model, "addressee.name") ?? Text(model, "service.recipient") ?? FirstApplicant(model) ?? Text(model, "respondent.name") ?? "";
        model["document"] = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["key"] = type.Key,
            ["name"] = type.ChineseName,
            ["number"] = number,
            ["case_number"] = caseNumber,
            ["party"] = party,
        };
        return new Facts(type.ChineseName, number, caseNumber, party, organ, issueDate);
    }

    private static string? FirstApplicant(Dictionary<string, object?> model) =>
        model.TryGetValue("applicants", out var list) && list is List<object?> { Count: > 0 } applicants
        && applicants[0] is Dictionary<string, object?> first && first.TryGetValue("name", out var name)
            ? name as string
            : null;

    private static string? Text(Dictionary<string, object?> model, string path) =>
        JsonModel.Lookup(model, path) is string { Length: > 0 } text && text.Trim().Length > 0 ? text : null;

    private static int? Int(DocumentType type, Dictionary<string, object?> model, string path) => JsonModel.Lookup(model, path) switch
    {
        null => null,
        long value when value is > 0 and < int.MaxValue => (int)value,
        string text when int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed > 0 => parsed,
        var other => throw new TemplateException(type.TemplateName, null, $"数据“{path}”的值“{other}”不是正整数。", path),
    };

    private static DateOnly Date(DocumentType type, string path, string text)
    {
        try
        {
            return ChineseDates.ParseIsoDate(text);
        }
        catch (FormatException e)
        {
            throw new TemplateException(type.TemplateName, null, $"数据“{path}”：{e.Message}", path, e);
        }
    }

    private static string Format(DocumentType type, Func<string> format, string field)
    {
        try
        {
            return format();
        }
        catch (ArgumentException e)
        {
            throw new TemplateException(type.TemplateName, null, $"无法生成文号：{e.Message.Split(" (Parameter")[0]}", field, e);
        }
    }

    private static string Example(DocumentNumberFormat numbers, DocumentType type) =>
        type.TypeCode is null ? numbers.FormatCaseNumber(2026, 12) : numbers.Format(type.Key, 2026, 12);

    private static TemplateException Missing(DocumentType type, string field, string what) =>
        new(type.TemplateName, null, $"缺少必填数据“{field}”（{what}）。请在数据（JSON）中填写后重新生成。", field);
}
