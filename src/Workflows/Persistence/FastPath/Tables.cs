using Microsoft.EntityFrameworkCore.Metadata;

namespace Reconsideration.Workflows.Persistence.FastPath;

/// <summary>The runtime tables as the EF model describes them, read once per store.</summary>
internal sealed class Tables(IModel model)
{
    public RowTable<InstanceRow> Instances { get; } = new(model);
    public RowTable<TaskRow> Tasks { get; } = new(model);
    public RowTable<TaskCandidateRow> Candidates { get; } = new(model);
    public RowTable<JobRow> Jobs { get; } = new(model);
    public RowTable<SubscriptionRow> Subscriptions { get; } = new(model);
    public RowTable<IncidentRow> Incidents { get; } = new(model);
    public RowTable<JournalRow> Journal { get; } = new(model);

    /// <summary>A journal row's number: its tree's root revision, which the same commit has just moved (SQL).</summary>
    public string JournalNumber =>
        $"(SELECT {RowTable<InstanceRow>.Quote(Instances.Revision!.Name)} FROM {RowTable<InstanceRow>.Quote(Instances.Name)} "
        + $"WHERE {RowTable<InstanceRow>.Quote(Instances.Key.Name)} = @{Journal.ColumnName(nameof(JournalRow.RootInstanceId))})";
}
