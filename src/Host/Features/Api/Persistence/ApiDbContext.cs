using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Reconsideration.Host.Features.Api.Persistence;

/// <summary>
/// What the API adds to a case without changing the case model: who handles it, which process instances belong to it,
/// and which demo data was seeded. Tables prefix api_, own history table.
/// </summary>
internal sealed class ApiDbContext(DbContextOptions<ApiDbContext> options) : DbContext(options)
{
    public const string HistoryTable = "__api_migrations";

    public DbSet<CaseAssignmentRow> Assignments => Set<CaseAssignmentRow>();
    public DbSet<CaseProcessRow> Processes => Set<CaseProcessRow>();
    public DbSet<SeedMarkRow> SeedMarks => Set<SeedMarkRow>();

    protected override void ConfigureConventions(ModelConfigurationBuilder builder)
    {
        // Instants as UTC ticks, as in the case tables: SQLite cannot order DateTimeOffset text across offsets.
        builder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
    }

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<CaseAssignmentRow>(e =>
        {
            e.ToTable("api_case_assignments");
            e.HasKey(a => a.CaseId);
            e.Property(a => a.Handler).HasMaxLength(256);
            e.HasIndex(a => a.Handler);
        });
        model.Entity<CaseProcessRow>(e =>
        {
            e.ToTable("api_case_processes");
            e.HasKey(p => p.InstanceId);
            e.HasIndex(p => p.CaseId);
        });
        model.Entity<SeedMarkRow>(e =>
        {
            e.ToTable("api_seed_marks");
            e.HasKey(s => s.Key);
        });
    }

    private sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
        v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero));
}
