namespace Reconsideration.Host.Features.Api.Persistence;

/// <summary>A process instance (the root of its tree) started for a case; its business key is the case number.</summary>
internal sealed class CaseProcessRow
{
    public Guid InstanceId { get; set; }

    public Guid CaseId { get; set; }

    public string ProcessId { get; set; } = "";

    public DateTimeOffset StartedAt { get; set; }
}
