using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Reconsideration.Workflows;
using Reconsideration.Workflows.Calendar;

namespace Reconsideration.Host.Features.Cases.Workflow;

/// <summary>Reads the case and the form variables a handler needs from its service-task context.</summary>
internal static class CaseTaskContext
{
    /// <summary>The case the process belongs to: the variable caseId that starting a process for a case sets.</summary>
    public static Guid CaseId(this ServiceTaskContext context) =>
        context.Text("caseId") is { } text && Guid.TryParse(text, out var id) ? id
            : throw new WorkflowBindingException("流程变量中没有案件标识“caseId”：该流程不是为案件发起的，请通过案件发起流程。");

    /// <summary>The legal day of the command (Beijing time).</summary>
    public static DateOnly Today(this ServiceTaskContext context) => LegalTime.Today(context.Now);

    public static string Parameter(this ServiceTaskContext context, string name) =>
        context.Parameters.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value
            : throw new WorkflowBindingException($"服务任务“{context.ElementName ?? context.ElementId}”缺少参数“{name}”，请在流程定义中补上。");

    public static string? Text(this ServiceTaskContext context, string name) =>
        context.Variables.TryGetValue(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s ? s : null;

    public static string RequiredText(this ServiceTaskContext context, string name, string what) =>
        context.Text(name) ?? throw Missing(context, name, what);

    public static int? Number(this ServiceTaskContext context, string name) =>
        context.Variables.TryGetValue(name, out var v) switch
        {
            true when v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var n) => n,
            true when v.ValueKind == JsonValueKind.String && int.TryParse(v.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) => n,
            _ => null,
        };

    public static DateOnly? Date(this ServiceTaskContext context, string name) =>
        context.Text(name) is { } s && DateOnly.TryParse(s, CultureInfo.InvariantCulture, out var d) ? d : null;

    /// <summary>A list of strings; a single string counts as a list of one.</summary>
    public static IReadOnlyList<string> Texts(this ServiceTaskContext context, string name)
    {
        if (!context.Variables.TryGetValue(name, out var v)) return [];
        return v.ValueKind switch
        {
            JsonValueKind.Array => [.. v.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)],
            JsonValueKind.String => [v.GetString()!],
            _ => [],
        };
    }

    /// <summary>The document data a form gave for <paramref name="typeKey"/>: documentData[typeKey].</summary>
    public static JsonObject? DocumentData(this ServiceTaskContext context, string typeKey) =>
        context.Variables.TryGetValue("documentData", out var v) && v.ValueKind == JsonValueKind.Object
            && v.TryGetProperty(typeKey, out var own) && own.ValueKind == JsonValueKind.Object
            ? JsonNode.Parse(own.GetRawText())!.AsObject() : null;

    public static WorkflowBindingException Missing(this ServiceTaskContext context, string name, string what) =>
        new($"服务任务“{context.ElementName ?? context.ElementId}”需要流程变量“{name}”（{what}），但表单没有提供；请补充该变量后重试。");

    /// <summary>
    /// Handlers are synchronous and run inside the engine's command; the case services are asynchronous over SQLite,
    /// whose calls complete synchronously, so waiting here does not block a thread on I/O.
    /// </summary>
    public static T Wait<T>(Task<T> task) => task.GetAwaiter().GetResult();

    public static void Wait(Task task) => task.GetAwaiter().GetResult();
}
