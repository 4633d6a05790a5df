using Microsoft.EntityFrameworkCore;
using Reconsideration.Host.Features.Persistence;

namespace Reconsideration.Host.Features.Cases.Persistence;

/// <summary>Creates contexts for the case tables of one SQLite file and migrates it (see <see cref="SqliteFiles"/>).</summary>
internal sealed class CasesDatabase(DbContextOptions<CasesDbContext> options, string path)
{
    public string Path { get; } = path;

    public CasesDbContext Create() => new(options);

    public static CasesDatabase Sqlite(string path)
    {
        var builder = new DbContextOptionsBuilder<CasesDbContext>();
        SqliteFiles.Configure(builder, path, CasesDbContext.HistoryTable);
        return new CasesDatabase(builder.Options, path);
    }

    /// <summary>Applies pending migrations under the file lock and puts the file in WAL mode.</summary>
    public void Migrate()
    {
        using var db = Create();
        SqliteFiles.Migrate(db, Path);
    }
}
