using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Reconsideration.Workflows.Persistence;

/// <summary>The engine's tables. Instants are stored as UTC ticks so that every provider compares and orders them exactly.</summary>
internal sealed class WorkflowDbContext(DbContextOptions<WorkflowDbContext> options) : DbContext(options)
{
    public DbSet<DefinitionRow> Definitions => Set<DefinitionRow>();
    public DbSet<InstanceRow> Instances => Set<InstanceRow>();
    public DbSet<TaskRow> Tasks => Set<TaskRow>();
    public DbSet<TaskCandidateRow> TaskCandidates => Set<TaskCandidateRow>();
    public DbSet<JobRow> Jobs => Set<JobRow>();
    public DbSet<SubscriptionRow> Subscriptions => Set<SubscriptionRow>();
    public DbSet<IncidentRow> Incidents => Set<IncidentRow>();
    public DbSet<JournalRow> Journal => Set<JournalRow>();

    protected override void ConfigureConventions(ModelConfigurationBuilder builder)
    {
        builder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        builder.Properties<DateTimeOffset?>().HaveConversion<UtcTicksConverter>();
        builder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
    }

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<DefinitionRow>(e =>
        {
            e.ToTable("wf_definitions");
            e.HasIndex(d => new { d.ProcessId, d.Version }).IsUnique();
        });
        model.Entity<InstanceRow>(e =>
        {
            e.ToTable("wf_instances");
            e.Property(i => i.Revision).IsConcurrencyToken();
            FixedOnceInserted(e, i => i.RootId, i => i.ParentId, i => i.ParentTokenId, i => i.DefinitionId, i => i.ProcessId,
                i => i.BusinessKey, i => i.StartedAt);
            e.HasIndex(i => i.RootId);
            e.HasIndex(i => i.BusinessKey);
        });
        model.Entity<TaskRow>(e =>
        {
            e.ToTable("wf_tasks");
            e.Property(t => t.Revision).IsConcurrencyToken();
            FixedOnceInserted(e, t => t.InstanceId, t => t.RootInstanceId, t => t.TokenId, t => t.DefinitionId, t => t.ProcessId,
                t => t.BusinessKey, t => t.ElementId, t => t.Name, t => t.CandidateRoles, t => t.CandidateUsers, t => t.FormKey,
                t => t.Priority, t => t.DueAt, t => t.DueProvisional, t => t.CreatedAt);
            e.HasIndex(t => new { t.RootInstanceId, t.State });
            e.HasIndex(t => new { t.Assignee, t.State });
        });
        model.Entity<TaskCandidateRow>(e =>
        {
            e.ToTable("wf_task_candidates");
            // One B-tree: the key leads with the candidate (the claimable query's lookup) and the table is created
            // WITHOUT ROWID by its migration (LeanerCommits), so a task's candidate is one entry, not a row
            // and two index entries.
            e.HasKey(c => new { c.Candidate, c.TaskId });
        });
        model.Entity<JobRow>(e =>
        {
            e.ToTable("wf_jobs");
            e.Property(j => j.Revision).IsConcurrencyToken();
            e.HasIndex(j => new { j.Failed, j.DueAt });
            e.HasIndex(j => j.RootInstanceId);
        });
        model.Entity<SubscriptionRow>(e =>
        {
            e.ToTable("wf_subscriptions");
            e.HasIndex(s => new { s.MessageName, s.CorrelationKey });
            e.HasIndex(s => s.RootInstanceId);
        });
        model.Entity<IncidentRow>(e =>
        {
            e.ToTable("wf_incidents");
            e.Property(i => i.Revision).IsConcurrencyToken();
            e.HasIndex(i => new { i.RootInstanceId, i.ResolvedAt });
        });
        model.Entity<JournalRow>(e =>
        {
            e.ToTable("wf_journal");
            // One B-tree (WITHOUT ROWID, created by the migration LeanerCommits): a tree's rows are a range of the key.
            e.HasKey(j => new { j.RootInstanceId, j.Sequence });
            e.Property(j => j.Sequence).ValueGeneratedNever();
        });
    }

    /// <summary>
    /// Columns no command ever changes after the insert. The hot path's UPDATE leaves them out: SQLite rewrites an
    /// index entry whenever its column is assigned, even to the same value, so assigning every column rewrote every
    /// secondary index of the row on each update. A column wrongly declared here would lose its changes on SQLite
    /// only; the differential tests (SQLite against memory) would show it if a scenario changed the column.
    /// </summary>
    private static void FixedOnceInserted<T>(EntityTypeBuilder<T> entity, params Expression<Func<T, object?>>[] properties) where T : class
    {
        foreach (var property in properties) entity.Property(property).Metadata.SetAfterSaveBehavior(PropertySaveBehavior.Throw);
    }

    private sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
        v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero));
}
