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

    /// <summary>
    /// The journal's INSERT (<see cref="RowTable{TRow}.Insert"/>): a row's number is its tree's root revision, which the
    /// same commit has just moved.
    /// </summary>
    public string JournalInsert => field ??= Journal.InsertText(nameof(JournalRow.Sequence),
        $"(SELECT {RowTable<InstanceRow>.Quote(Instances.Revision!.Name)} FROM {RowTable<InstanceRow>.Quote(Instances.Name)} "
        + $"WHERE {RowTable<InstanceRow>.Quote(Instances.Key.Name)} = @{Journal.ColumnName(nameof(JournalRow.RootInstanceId))})");
}
