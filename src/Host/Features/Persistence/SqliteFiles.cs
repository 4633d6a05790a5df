using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Reconsideration.Workflows.Persistence;

namespace Reconsideration.Host.Features.Persistence;

/// <summary>
/// Options and migration for the host's own tables (cases, API, identity) in the SQLite file they share with the
/// engine (docs/cases.md, Persistence): WAL, a 30 s busy wait, an own history table per context, and the same OS file
/// lock beside the database as the engine's, so no two contexts (nor the engine) migrate one file at the same moment.
/// </summary>
internal static class SqliteFiles
{
    public static void Configure(DbContextOptionsBuilder builder, string path, string historyTable)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null) Directory.CreateDirectory(directory);
        var connection = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true, DefaultTimeout = 30 }.ToString();
        builder.UseSqlite(connection, sqlite => sqlite.MigrationsHistoryTable(historyTable)
                // A list of ids is one JSON parameter read by json_each, as in the engine's queries: thousands of ids
                // make neither thousands of parameters nor a new statement per list length.
                .UseParameterizedCollectionMode(ParameterTranslationMode.Parameter))
            .AddInterceptors(new SqlitePragmaInterceptor());
    }

    /// <summary>Puts the file in WAL mode and applies pending migrations under the engine's migration lock.</summary>
    public static void Migrate(DbContext db, string path)
    {
        db.Database.OpenConnection();
        try
        {
            db.Database.ExecuteSqlRaw("PRAGMA journal_mode=WAL;");
            SqliteMigrationGate.Migrate(db, path);
        }
        finally
        {
            db.Database.CloseConnection();
        }
    }
}
