using System.Text.Json;
using Reconsideration.Host.Features.Cases.Domain;
using Reconsideration.Workflows.Calendar;

namespace Reconsideration.Host.Features.Staff.Forms;

/// <summary>
/// What a form may read besides its own values: the task's element (forms shared by several tasks differ slightly),
/// today in Beijing, the business calendar, the case, the process variables and the person filling it in.
/// </summary>
public sealed record TaskFormContext(string ElementId, DateOnly Today, BusinessCalendar Calendar, Case? Case,
    IReadOnlyDictionary<string, JsonElement> Variables, string PersonName)
{
    /// <summary>A process variable as text, or null.</summary>
    public string? Variable(string name) =>
        Variables.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>A process variable that is an array of texts, or empty.</summary>
    public IReadOnlyList<string> Texts(string name) =>
        Variables.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? [.. value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!)]
            : [];
}
