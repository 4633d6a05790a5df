using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using Reconsideration.Workflows.Calendar;
using Reconsideration.Workflows.Persistence;

namespace Reconsideration.Workflows.Tests.Persistence;

/// <summary>A real SQLite file in its own temporary directory, deleted with everything beside it (WAL, SHM) on dispose.</summary>
internal sealed class SqliteTestDatabase : IDisposable
{
    /// <summary>Monday 2 March 2026, 09:00 Beijing time: a working day, so due dates are plain.</summary>
    public static readonly DateTimeOffset Epoch = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));

    private static readonly Lazy<BusinessCalendar> SharedCalendar = new(() => BusinessCalendar.Load(null));

    public SqliteTestDatabase()
    {
        Directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "wf-sqlite-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        Path = System.IO.Path.Combine(Directory, "workflows.db");
    }

    public string Directory { get; }
    public string Path { get; }
    public FakeTimeProvider Time { get; } = new(Epoch);

    public static BusinessCalendar Calendar => SharedCalendar.Value;

    /// <summary>A fresh storage object on the file, as a newly started process (or another node) would open it.</summary>
    public WorkflowStorage OpenStorage() => WorkflowStorage.Sqlite(Path);

    /// <summary>The store behind a fresh storage object, for tests that speak to it directly.</summary>
    public EfWorkflowStore OpenStore() => (EfWorkflowStore)OpenStorage().Store;

    /// <summary>A fresh engine on the file (a "node"), sharing the test's clock.</summary>
    public WorkflowEngine OpenEngine(string node = "node-a", IEnumerable<IServiceTaskHandler>? handlers = null,
        Action<WorkflowEngineOptions>? configure = null)
    {
        var options = new WorkflowEngineOptions { NodeName = node };
        configure?.Invoke(options);
        return new WorkflowEngine(OpenStorage(), Time, options, handlers, Calendar);
    }

    public SqliteConnection OpenConnection()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    public long Scalar(string sql)
    {
        using var connection = OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar());
    }

    /// <summary>The given column of every row the query returns, as text.</summary>
    public List<string> Texts(string sql, int column = 0)
    {
        using var connection = OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var texts = new List<string>();
        while (reader.Read()) texts.Add(reader.GetString(column));
        return texts;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A connection some failing test left open; the temporary directory is cleaned by the system later.
        }
    }
}
