using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Metadata;
using Reconsideration.Workflows.Storage;


namespace Reconsideration.Workflows.Persistence.FastPath;

/// <summary>
/// The engine's hot path in plain ADO.NET over the tables EF Core created: loading a tree in one round trip and
/// committing a command's changes in one transaction with revision checks. Everything else goes through EF Core.
/// </summary>
internal sealed class SqlTreeStore(IModel model, Func<Task<DbConnection>> open)
{
    private readonly RowTable<InstanceRow> _instances = new(model);
    private readonly RowTable<TaskRow> _tasks = new(model);
    private readonly RowTable<TaskCandidateRow> _candidates = new(model);
    private readonly RowTable<JobRow> _jobs = new(model);
    private readonly RowTable<SubscriptionRow> _subscriptions = new(model);
    private readonly RowTable<IncidentRow> _incidents = new(model);
    private readonly RowTable<JournalRow> _journal = new(model);

    public async Task<TreeSnapshot?> LoadTreeAsync(Guid rootId)
    {
        await using var connection = await open();
        await using var command = connection.CreateCommand();
        command.CommandText = string.Join(";\n",
            Select(_instances, "RootId"),
            Select(_tasks, "RootInstanceId") + $" AND {Q(_tasks, "State")} = @open",
            Select(_jobs, "RootInstanceId"),
            Select(_subscriptions, "RootInstanceId"),
            Select(_incidents, "RootInstanceId") + $" AND {Q(_incidents, "ResolvedAt")} IS NULL");
        _instances.BindKey(command, "root", rootId);
        var openState = command.CreateParameter();
        openState.ParameterName = "@open";
        openState.Value = nameof(HumanTaskState.Open);
        command.Parameters.Add(openState);

        await using var reader = await command.ExecuteReaderAsync();
        var instances = await ReadAsync(reader, _instances);
        if (instances.Count == 0) return null;
        await reader.NextResultAsync();
        var tasks = await ReadAsync(reader, _tasks);
        await reader.NextResultAsync();
        var jobs = await ReadAsync(reader, _jobs);
        await reader.NextResultAsync();
        var subscriptions = await ReadAsync(reader, _subscriptions);
        await reader.NextResultAsync();
        var incidents = await ReadAsync(reader, _incidents);
        return new TreeSnapshot(
            instances.Select(RowMapping.ToRecord).ToArray(),
            tasks.Select(RowMapping.ToRecord).ToArray(),
            jobs.Select(RowMapping.ToRecord).ToArray(),
            subscriptions.Select(RowMapping.ToRecord).ToArray(),
            incidents.Select(RowMapping.ToRecord).ToArray());
    }

    public async Task<TaskRow?> TaskAsync(Guid id) =>
        (await TasksAsync(new TaskQuery { OpenOnly = false, Take = 1 }, ("Id", id))).SingleOrDefault();

    /// <summary>The task lists (inbox, claimable by role, per instance) in one indexed query.</summary>
    public async Task<List<TaskRow>> TasksAsync(TaskQuery query, (string Property, Guid Value)? byId = null)
    {
        await using var connection = await open();
        await using var command = connection.CreateCommand();
        var where = new List<string>();
        void Equal(string property, object value)
        {
            var name = "w" + where.Count;
            where.Add($"t.{Q(_tasks, property)} = @{name}");
            _tasks.BindColumn(command, property, name, value);
        }
        if (byId is { } id) Equal(id.Property, id.Value);
        if (query.OpenOnly) Equal(nameof(TaskRow.State), HumanTaskState.Open);
        if (query.Assignee is { } assignee) Equal(nameof(TaskRow.Assignee), assignee);
        if (query.InstanceId is { } instanceId) Equal(nameof(TaskRow.InstanceId), instanceId);
        if (query.RootInstanceId is { } rootId) Equal(nameof(TaskRow.RootInstanceId), rootId);
        if (query.ElementId is { } elementId) Equal(nameof(TaskRow.ElementId), elementId);
        if (query.Claimable is { } claimable)
        {
            var keys = claimable.Roles.Select(r => "role:" + r).Append("user:" + claimable.UserId).ToArray();
            for (var i = 0; i < keys.Length; i++) _candidates.BindColumn(command, nameof(TaskCandidateRow.Candidate), $"k{i}", keys[i]);
            where.Add($"t.{Q(_tasks, nameof(TaskRow.Assignee))} IS NULL AND EXISTS (SELECT 1 FROM {RowTable<TaskCandidateRow>.Quote(_candidates.Name)} c "
                      + $"WHERE c.{Q(_candidates, nameof(TaskCandidateRow.TaskId))} = t.{Q(_tasks, nameof(TaskRow.Id))} "
                      + $"AND c.{Q(_candidates, nameof(TaskCandidateRow.Candidate))} IN ({string.Join(", ", keys.Select((_, i) => $"@k{i}"))}))");
        }
        command.CommandText = $"SELECT {_tasks.SelectListOf("t")} FROM {RowTable<TaskRow>.Quote(_tasks.Name)} t"
                              + (where.Count == 0 ? "" : " WHERE " + string.Join(" AND ", where))
                              + $" ORDER BY t.{Q(_tasks, nameof(TaskRow.CreatedAt))}, t.{Q(_tasks, nameof(TaskRow.Id))} LIMIT {query.Take}";
        await using var reader = await command.ExecuteReaderAsync();
        return await ReadAsync(reader, _tasks);
    }

    /// <summary>
    /// Writes all changes in one immediate transaction and one batch. Every statement must touch exactly one row
    /// (an update or delete matches only the revision it was loaded with); if the count of changed rows falls short,
    /// a row was stale and everything is rolled back.
    /// </summary>
    public async Task CommitAsync(TreeChanges changes)
    {
        // Writers of this process queue here rather than in SQLite's busy handler, which sleeps in steps of
        // milliseconds; writers of other processes still meet at the database lock.
        await _writer.WaitAsync();
        try
        {
            await WriteAsync(changes);
        }
        finally
        {
            _writer.Release();
        }
    }

    private readonly SemaphoreSlim _writer = new(1, 1);

    private async Task WriteAsync(TreeChanges changes)
    {
        await using var connection = await open();
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.Serializable);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        var batch = new Batch(command);
        batch.Add(_instances, changes.Instances, RowMapping.ToRow, i => i.Revision);
        batch.Add(_tasks, changes.Tasks, RowMapping.ToRow, t => t.Revision);
        foreach (var candidate in changes.Tasks.Added.SelectMany(RowMapping.Candidates))
            batch.Statement(p => _candidates.Insert(command, p, candidate));
        batch.Add(_jobs, changes.Jobs, RowMapping.ToRow, j => j.Revision);
        batch.Add(_subscriptions, changes.Subscriptions, RowMapping.ToRow, null);
        batch.Add(_incidents, changes.Incidents, RowMapping.ToRow, i => i.Revision);
        // The journal entries of one command go in as one multi-row INSERT: one statement, each row counted.
        foreach (var root in changes.TouchedRoots) batch.Statement(p => _instances.Touch(command, p, root));
        if (changes.Journal.Count > 0)
            batch.Statement(p => _journal.InsertMany(command, p, changes.Journal.Select(RowMapping.ToRow).ToArray()), changes.Journal.Count);
        if (batch.Count == 0) return;
        try
        {
            command.CommandText = "SELECT total_changes();\n" + batch.Sql + "SELECT total_changes();";
            await using (var reader = await command.ExecuteReaderAsync())
            {
                await reader.ReadAsync();
                var before = reader.GetInt64(0);
                while (await reader.NextResultAsync() && reader.FieldCount == 0) { }
                await reader.ReadAsync();
                if (reader.GetInt64(0) - before != batch.Count)
                    throw new StoreConflictException("A row changed since it was loaded; the whole commit was rolled back.");
            }
            await transaction.CommitAsync();
        }
        catch (DbException e) when (e.Message.Contains("UNIQUE", StringComparison.OrdinalIgnoreCase))
        {
            throw new StoreConflictException("A row was inserted concurrently.", e);
        }
    }

    /// <summary>The statements of one commit, each expected to change exactly one row.</summary>
    private sealed class Batch(DbCommand command)
    {
        private readonly System.Text.StringBuilder _sql = new();

        public int Count { get; private set; }
        public string Sql => _sql.ToString();

        /// <summary>Appends a statement that must change <paramref name="rows"/> rows.</summary>
        public void Statement(Func<string, string> append, int rows = 1)
        {
            _sql.Append(append($"s{_statements++}_")).Append(";\n");
            Count += rows;
        }

        private int _statements;

        public void Add<TRecord, TRow>(RowTable<TRow> table, RowChanges<TRecord> changes, Func<TRecord, TRow> toRow,
            Func<TRecord, long>? revision) where TRow : class, new()
        {
            foreach (var record in changes.Added) Statement(p => table.Insert(command, p, toRow(record)));
            foreach (var record in changes.Updated)
                Statement(p => table.Update(command, p, toRow(record), revision is null ? 0 : revision(record) - 1));
            foreach (var record in changes.Removed)
                Statement(p => table.Delete(command, p, toRow(record), revision?.Invoke(record) ?? 0));
        }
    }

    private static async Task<List<TRow>> ReadAsync<TRow>(DbDataReader reader, RowTable<TRow> table) where TRow : class, new()
    {
        var rows = new List<TRow>();
        while (await reader.ReadAsync()) rows.Add(table.Read(reader));
        return rows;
    }

    private static string Select<TRow>(RowTable<TRow> table, string property) where TRow : class, new() =>
        $"SELECT {table.SelectList} FROM {RowTable<TRow>.Quote(table.Name)} WHERE {Q(table, property)} = @root";

    private static string Q<TRow>(RowTable<TRow> table, string property) where TRow : class, new() =>
        RowTable<TRow>.Quote(table.ColumnName(property));
}
