using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Reconsideration.Host.Features.Cases.Persistence;

/// <summary>
/// The case tables (prefix case_), which may live in the engine's database file: they have their own migrations and
/// their own history table, so neither side's migrations see the other's.
/// </summary>
internal sealed class CasesDbContext(DbContextOptions<CasesDbContext> options) : DbContext(options)
{
    public const string HistoryTable = "__case_migrations";

    public DbSet<CaseRow> Cases => Set<CaseRow>();
    public DbSet<CaseCounterRow> Counters => Set<CaseCounterRow>();
    public DbSet<IssuedNumberRow> IssuedNumbers => Set<IssuedNumberRow>();

    protected override void ConfigureConventions(ModelConfigurationBuilder builder)
    {
        // Instants as UTC ticks: SQLite cannot compare or order DateTimeOffset text correctly across offsets.
        builder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
    }

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<CaseRow>(e =>
        {
            e.ToTable("case_cases");
            e.HasKey(c => c.Id);
            e.Property(c => c.Revision).IsConcurrencyToken();
            e.Property(c => c.Number).HasMaxLength(64);
            e.Property(c => c.Status).HasMaxLength(32);
            e.Property(c => c.Procedure).HasMaxLength(16);
            e.HasIndex(c => c.Number).IsUnique();
            e.HasIndex(c => new { c.Year, c.Serial }).IsUnique();
            e.HasIndex(c => new { c.Status, c.ReceivedOn });
            // The register's list in its order with every column a list line or a search needs: paging and
            // searching read this narrow index, never the wide rows (whose JSON fills a page each).
            e.HasIndex(c => new { c.ReceivedOn, c.Year, c.Serial, c.Status, c.Procedure, c.Number, c.ApplicantNames, c.RespondentName, c.Revision, c.Id })
                .HasDatabaseName("IX_case_cases_List");
        });
        model.Entity<CaseCounterRow>(e =>
        {
            e.ToTable("case_counters");
            e.HasKey(c => c.Year);
            e.Property(c => c.Year).ValueGeneratedNever();
        });
        model.Entity<IssuedNumberRow>(e =>
        {
            e.ToTable("case_issued_numbers");
            e.HasKey(n => n.Number);
            e.HasIndex(n => new { n.CaseId, n.TypeKey }).IsUnique();
            e.HasIndex(n => new { n.Year, n.Serial, n.TypeKey }).IsUnique();
        });
    }

    private sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
        v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero));
}
