using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Reconsideration.Host.Features.Staff.Forms;

/// <summary>
/// A task form (rc:formKey, docs/workflows.md): a table of fields with their values as entered, the checks of the
/// fields shown (required, format, range, then the form's own rules, each message in Chinese beside its field), and
/// the mapping of the values to the process variables the workflow and its handlers read. Every value is kept as
/// the text the person entered; the mapping turns it into the JSON value the variable needs.
/// </summary>
public abstract class TaskForm
{
    private readonly Dictionary<string, string?> _values = [];

    /// <summary>The form key.</summary>
    public abstract string Key { get; }

    /// <summary>The fields, in the order shown.</summary>
    public abstract IReadOnlyList<FormField> Fields { get; }

    /// <summary>A field's value as entered (null when empty).</summary>
    public string? this[string name]
    {
        get => _values.GetValueOrDefault(name);
        set => _values[name] = value;
    }

    /// <summary>The fields shown for the current values.</summary>
    public IEnumerable<FormField> ShownFields => Fields.Where(f => f.IsShown(this));

    /// <summary>A sentence shown above the fields (whom a document is served on, the earliest hearing day), or null.</summary>
    public virtual string? Note(TaskFormContext context) => null;

    /// <summary>
    /// The papers this step takes in (the respondent's reply and evidence, a hearing's record …), uploaded beside the
    /// form into the case's materials; null when the step takes none.
    /// </summary>
    public virtual string? Materials => null;

    /// <summary>Fills in what the case or the process already knows.</summary>
    public virtual void Prefill(TaskFormContext context)
    {
    }

    /// <summary>
    /// Takes the values of process variables named like the fields (a task handed back by its delegate: the variables are
    /// what the delegate entered). Texts as they are, booleans as 是/否, numbers, arrays of texts one a line.
    /// </summary>
    public void Take(IReadOnlyDictionary<string, JsonElement> variables)
    {
        foreach (var field in Fields)
        {
            if (!variables.TryGetValue(field.Name, out var value)) continue;
            var text = value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.True => "true",
                JsonValueKind.False => "false",
                JsonValueKind.Number => value.GetRawText(),
                JsonValueKind.Array => string.Join("\n", value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString())),
                _ => null,
            };
            if (text is not null) this[field.Name] = text;
        }
    }

    /// <summary>The problems of the shown fields, field name → Chinese message; empty when the form may be sent.</summary>
    public IReadOnlyDictionary<string, string> Validate(TaskFormContext context)
    {
        var errors = new Dictionary<string, string>();
        foreach (var field in ShownFields)
        {
            if (FieldProblem(field, context) is { } problem) errors[field.Name] = problem;
        }

        foreach (var (name, message) in Check(context)) errors.TryAdd(name, message);
        return errors;
    }

    /// <summary>The process variables the form sets (only call on a valid form).</summary>
    public JsonObject Variables(TaskFormContext context)
    {
        var variables = new JsonObject();
        foreach (var field in ShownFields.Where(f => f.IsVariable))
        {
            if (Value(field) is { } value) variables[field.Name] = value;
        }

        AddVariables(variables, context);
        return variables;
    }

    /// <summary>The variables as the engine takes them.</summary>
    public Dictionary<string, JsonElement> VariableElements(TaskFormContext context) =>
        Variables(context).ToDictionary(kv => kv.Key, kv => JsonSerializer.SerializeToElement(kv.Value));

    /// <summary>The document this step will produce, for a preview; null when it produces none (or not with these values).</summary>
    public virtual DocumentDraft? Document(TaskFormContext context) => null;

    /// <summary>The form's own rules, after each shown field passed its own checks.</summary>
    protected virtual IEnumerable<(string Field, string Message)> Check(TaskFormContext context) => [];

    /// <summary>Variables beyond the fields (constants, document data).</summary>
    protected virtual void AddVariables(JsonObject variables, TaskFormContext context)
    {
    }

    /// <summary>Whether a field is shown and holds a value.</summary>
    protected bool Has(string name) => Fields.Any(f => f.Name == name && f.IsShown(this)) && Text(name) is not null;

    /// <summary>The trimmed text, or null when empty.</summary>
    public string? Text(string name) => this[name] is { } value && value.Trim() is { Length: > 0 } trimmed ? trimmed : null;

    /// <summary>The non-empty lines.</summary>
    public IReadOnlyList<string> Lines(string name) =>
        [.. (this[name] ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)];

    public DateOnly? Date(string name) =>
        Text(name) is { } text && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    public bool? Bool(string name) => Text(name) switch { "true" => true, "false" => false, _ => null };

    public int? Number(string name) =>
        Text(name) is { } text && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : null;

    /// <summary>A field's value as JSON, or null when empty.</summary>
    protected JsonNode? Value(FormField field) => field.Kind switch
    {
        FieldKind.Lines => Lines(field.Name) is { Count: > 0 } lines ? Strings(lines) : null,
        FieldKind.YesNo => Bool(field.Name) is { } flag ? JsonValue.Create(flag) : null,
        FieldKind.Number => Number(field.Name) is { } number ? JsonValue.Create(number) : null,
        FieldKind.Date => Date(field.Name) is { } day ? JsonValue.Create(Iso(day)) : null,
        _ => Text(field.Name) is { } text ? JsonValue.Create(text) : null,
    };

    /// <summary>A JSON array of the texts.</summary>
    protected static JsonArray Strings(IEnumerable<string> texts) => new([.. texts.Select(t => (JsonNode)JsonValue.Create(t))]);

    /// <summary>"2026-03-01".</summary>
    protected static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private string? FieldProblem(FormField field, TaskFormContext context)
    {
        var choose = field.Kind is FieldKind.YesNo or FieldKind.Choice;
        if (Text(field.Name) is null || (field.Kind == FieldKind.Lines && Lines(field.Name).Count == 0))
            return field.Required ? (choose ? $"请选择{field.Label}。" : $"请填写{field.Label}。") : null;
        switch (field.Kind)
        {
            case FieldKind.Date:
                if (Date(field.Name) is not { } day) return $"{field.Label}须为有效日期，如{Iso(context.Today)}。";
                return field.NotAfterToday && day > context.Today ? $"{field.Label}不能晚于今天（{Day(context.Today)}）。" : null;
            case FieldKind.Number:
                if (Number(field.Name) is not { } number) return $"{field.Label}须为整数。";
                return field.Range is var (min, max) && (number < min || number > max) ? $"{field.Label}须在{min}至{max}之间。" : null;
            case FieldKind.YesNo:
                return Bool(field.Name) is null ? $"请选择{field.Label}。" : null;
            case FieldKind.Choice:
                return field.Options.All(o => o.Value != Text(field.Name)) ? $"请从列出的选项中选择{field.Label}。" : null;
            default:
                return null;
        }
    }

    /// <summary>"2026年3月1日".</summary>
    protected static string Day(DateOnly day) => $"{day.Year}年{day.Month}月{day.Day}日";
}
