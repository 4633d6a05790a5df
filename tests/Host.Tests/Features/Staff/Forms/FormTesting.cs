using System.Text.Json;
using System.Text.Json.Nodes;
using Reconsideration.Host.Features.Staff.Forms;
using Reconsideration.Workflows.Calendar;

namespace Reconsideration.Host.Tests.Features.Staff.Forms;

/// <summary>Builds forms and their context for the tests: Monday 2 March 2026, the shipped holiday data, no case.</summary>
internal static class FormTesting
{
    public static readonly DateOnly Monday = new(2026, 3, 2);

    public static TaskFormContext Context(string elementId = "Task", string? variables = null) =>
        new(elementId, Monday, BusinessCalendar.Default, null,
            JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(variables ?? "{}")!, "李明");

    /// <summary>The form of <paramref name="formKey"/> with the values of a JSON object of strings.</summary>
    public static TaskForm Form(string formKey, string values, string elementId = "Task")
    {
        var form = TaskForms.Create(formKey, elementId) ?? throw new InvalidOperationException($"没有表单 {formKey}");
        foreach (var (name, value) in JsonNode.Parse(values)!.AsObject()) form[name] = value?.GetValue<string>();
        return form;
    }
}
