using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Reconsideration.Host.Features.Cases.Persistence;
using Reconsideration.Workflows;

namespace Reconsideration.Host.Tests.Features.Cases.Persistence;

public sealed class SharedDatabaseTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "cases-shared-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory)) Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public void The_case_tables_and_the_engine_tables_migrate_in_one_file_in_either_order()
    {
        Directory.CreateDirectory(_directory);
        var path = Path.Combine(_directory, "reconsideration.db");

        CasesDatabase.Sqlite(path).Migrate();
        _ = WorkflowStorage.Sqlite(path);
        CasesDatabase.Sqlite(path).Migrate();

        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name";
        var tables = new List<string>();
        using (var reader = command.ExecuteReader())
            while (reader.Read()) tables.Add(reader.GetString(0));

        Assert.Contains("case_cases", tables);
        Assert.Contains("wf_instances", tables);
        Assert.Contains("__case_migrations", tables);
        command.CommandText = "SELECT COUNT(*) FROM __case_migrations";
        using var db = CasesDatabase.Sqlite(path).Create();
        Assert.Equal(db.Database.GetMigrations().Count(), (long)command.ExecuteScalar()!);   // each applied once
    }
}
