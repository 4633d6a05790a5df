using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Reconsideration.Workflows.Persistence;

/// <summary>Creates contexts for one database. SQLite runs in WAL mode with synchronous=NORMAL (durable across process crashes).</summary>
internal sealed class WorkflowDbContextFactory(DbContextOptions<WorkflowDbContext> options)
{
    private string? _connectionString;

    public WorkflowDbContext Create() => new(options);

    /// <summary>An open ADO.NET connection to the same database, for the hot path that bypasses EF Core's query pipeline.</summary>
    public async Task<DbConnection> OpenConnectionAsync()
    {
        if (_connectionString is null)
        {
            using var db = Create();
            _connectionString = db.Database.GetConnectionString()!;
        }
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync();
        SqlitePragmaInterceptor.Apply(connection);
        return connection;
    }

    public static WorkflowDbContextFactory Sqlite(string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null) Directory.CreateDirectory(directory);
        var connection = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true, DefaultTimeout = 30 }.ToString();
        var options = new DbContextOptionsBuilder<WorkflowDbContext>()
            .UseSqlite(connection, sqlite => sqlite.UseParameterizedCollectionMode(ParameterTranslationMode.Parameter))
            .AddInterceptors(new SqlitePragmaInterceptor())
            .Options;
        return new WorkflowDbContextFactory(options);
    }
}
