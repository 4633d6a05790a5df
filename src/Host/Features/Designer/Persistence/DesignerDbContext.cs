using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Reconsideration.Host.Features.Designer.Persistence;

/// <summary>The designer's drafts in the host's SQLite file: table prefix designer_, own history table.</summary>
internal sealed class DesignerDbContext(DbContextOptions<DesignerDbContext> options) : DbContext(options)
{
    public const string HistoryTable = "__designer_migrations";

    public DbSet<DraftRow> Drafts => Set<DraftRow>();

    protected override void ConfigureConventions(ModelConfigurationBuilder builder)
    {
        // Instants as UTC ticks, as in the other host tables: SQLite cannot order DateTimeOffset text across offsets.
        builder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
    }

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<DraftRow>(e =>
        {
            e.ToTable("designer_drafts");
            e.HasKey(d => d.ProcessKey);
            e.Property(d => d.ProcessKey).HasMaxLength(200);
        });
    }

    private sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
        v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero));
}
