using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Reconsideration.Workflows.Runtime.State;

namespace Reconsideration.Workflows.Persistence;

/// <summary>Converts between the runtime's immutable records and the database rows.</summary>
internal static class RowMapping
{
    /// <summary>
    /// Variables and tokens as JSON a person can read in the database: Chinese text unescaped (the column is never
    /// embedded in HTML) and enum members by name, like the enum columns, so reordering an enum cannot change stored
    /// tokens. Numbers written by earlier versions still read.
    /// </summary>
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.General)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    public static DefinitionRow ToRow(DeployedDefinition d) => new()
    {
        Id = d.Id, ProcessId = d.ProcessId, Version = d.Version, Name = d.Name, Xml = d.Xml, Hash = d.Hash,
        DeployedAt = d.DeployedAt, DeployedBy = d.DeployedBy, Comment = d.Comment,
    };

    public static DeployedDefinition ToRecord(DefinitionRow r) =>
        new(r.Id, r.ProcessId, r.Version, r.Name, r.Xml, r.Hash, r.DeployedAt, r.DeployedBy, r.Comment);

    public static InstanceRow ToRow(InstanceRecord i) => new()
    {
        Id = i.Id, RootId = i.RootId, ParentId = i.ParentId, ParentTokenId = i.ParentTokenId, DefinitionId = i.DefinitionId,
        ProcessId = i.ProcessId, BusinessKey = i.BusinessKey, State = i.State, StartedAt = i.StartedAt, EndedAt = i.EndedAt,
        Variables = JsonSerializer.Serialize(i.Variables, Json), Tokens = JsonSerializer.Serialize(i.Tokens, Json),
        Revision = i.Revision,
    };

    public static InstanceRecord ToRecord(InstanceRow r) =>
        new(r.Id, r.RootId, r.ParentId, r.ParentTokenId, r.DefinitionId, r.ProcessId, r.BusinessKey, r.State, r.StartedAt,
            r.EndedAt, r.Revision)
        {
            Variables = JsonSerializer.Deserialize<ImmutableDictionary<string, JsonElement>>(r.Variables, Json)!,
            Tokens = JsonSerializer.Deserialize<ImmutableArray<Token>>(r.Tokens, Json),
        };

    public static TaskRow ToRow(HumanTask t) => new()
    {
        Id = t.Id, InstanceId = t.InstanceId, RootInstanceId = t.RootInstanceId, TokenId = t.TokenId, DefinitionId = t.DefinitionId,
        ProcessId = t.ProcessId, BusinessKey = t.BusinessKey, ElementId = t.ElementId, Name = t.Name, State = t.State,
        Assignee = t.Assignee, Owner = t.Owner, DelegationPending = t.DelegationPending,
        CandidateRoles = string.Join(',', t.CandidateRoles), CandidateUsers = string.Join(',', t.CandidateUsers),
        FormKey = t.FormKey, Priority = t.Priority, DueAt = t.DueAt, DueProvisional = t.DueProvisional, CreatedAt = t.CreatedAt,
        EndedAt = t.EndedAt, EndedBy = t.EndedBy, Revision = t.Revision,
    };

    public static IEnumerable<TaskCandidateRow> Candidates(HumanTask t) =>
        t.CandidateRoles.Select(r => new TaskCandidateRow { TaskId = t.Id, Candidate = "role:" + r })
            .Concat(t.CandidateUsers.Select(u => new TaskCandidateRow { TaskId = t.Id, Candidate = "user:" + u }))
            .DistinctBy(c => c.Candidate);

    public static HumanTask ToRecord(TaskRow r) => new()
    {
        Id = r.Id, InstanceId = r.InstanceId, RootInstanceId = r.RootInstanceId, TokenId = r.TokenId, DefinitionId = r.DefinitionId,
        ProcessId = r.ProcessId, BusinessKey = r.BusinessKey, ElementId = r.ElementId, Name = r.Name, State = r.State,
        Assignee = r.Assignee, Owner = r.Owner, DelegationPending = r.DelegationPending,
        CandidateRoles = Split(r.CandidateRoles), CandidateUsers = Split(r.CandidateUsers),
        FormKey = r.FormKey, Priority = r.Priority, DueAt = r.DueAt, DueProvisional = r.DueProvisional, CreatedAt = r.CreatedAt,
        EndedAt = r.EndedAt, EndedBy = r.EndedBy, Revision = r.Revision,
    };

    private static string[] Split(string list) => list.Length == 0 ? [] : list.Split(',');

    public static JobRow ToRow(Job j) => new()
    {
        Id = j.Id, Kind = j.Kind, RootInstanceId = j.RootInstanceId, InstanceId = j.InstanceId, TokenId = j.TokenId,
        DefinitionId = j.DefinitionId, ElementId = j.ElementId, DueAt = j.DueAt, FiredCount = j.FiredCount, Retries = j.Retries,
        LockOwner = j.LockOwner, LockExpiresAt = j.LockExpiresAt, LastError = j.LastError, Failed = j.Failed, Revision = j.Revision,
    };

    public static Job ToRecord(JobRow r) =>
        new(r.Id, r.Kind, r.RootInstanceId, r.InstanceId, r.TokenId, r.DefinitionId, r.ElementId, r.DueAt, r.FiredCount,
            r.Retries, r.LockOwner, r.LockExpiresAt, r.LastError, r.Failed, r.Revision);

    public static SubscriptionRow ToRow(MessageSubscription s) => new()
    {
        Id = s.Id, MessageName = s.MessageName, CorrelationKey = s.CorrelationKey, RootInstanceId = s.RootInstanceId,
        InstanceId = s.InstanceId, TokenId = s.TokenId, DefinitionId = s.DefinitionId, ElementId = s.ElementId, CreatedAt = s.CreatedAt,
    };

    public static MessageSubscription ToRecord(SubscriptionRow r) =>
        new(r.Id, r.MessageName, r.CorrelationKey, r.RootInstanceId, r.InstanceId, r.TokenId, r.DefinitionId, r.ElementId, r.CreatedAt);

    public static IncidentRow ToRow(Incident i) => new()
    {
        Id = i.Id, RootInstanceId = i.RootInstanceId, InstanceId = i.InstanceId, TokenId = i.TokenId, JobId = i.JobId,
        ElementId = i.ElementId, Message = i.Message, CreatedAt = i.CreatedAt, ResolvedAt = i.ResolvedAt, Revision = i.Revision,
    };

    public static Incident ToRecord(IncidentRow r) =>
        new(r.Id, r.RootInstanceId, r.InstanceId, r.TokenId, r.JobId, r.ElementId, r.Message, r.CreatedAt, r.ResolvedAt, r.Revision);
}
