using System.Data.Common;
using Microsoft.EntityFrameworkCore.Metadata;
using Reconsideration.Workflows.Storage;


namespace Reconsideration.Workflows.Persistence.FastPath;

/// <summary>
/// The engine's hot path in plain ADO.NET over the tables EF Core created: loading a tree in one round trip and
/// committing a command's changes in one transaction with revision checks (<see cref="CommitWriter"/>).
/// Everything else goes through EF Core.
/// </summary>
internal sealed class SqlTreeStore
{
    private readonly Func<Task<DbConnection>> _open;
    private readonly RowTable<InstanceRow> _instances;
    private readonly RowTable<TaskRow> _tasks;
    private readonly RowTable<TaskCandidateRow> _candidates;
    private readonly RowTable<JobRow> _jobs;
    private readonly RowTable<SubscriptionRow> _subscriptions;
    private readonly RowTable<IncidentRow> _incidents;
    private readonly RowTable<JournalRow> _journal;
    private readonly CommitWriter _commits;

    public SqlTreeStore(IModel model, Func<Task<DbConnection>> open)
    {
        _open = open;
        var tables = new Tables(model);
        (_instances, _tasks, _candidates, _jobs, _subscriptions, _incidents, _journal) =
            (tables.Instances, tables.Tasks, tables.Candidates, tables.Jobs, tables.Subscriptions, tables.Incidents, tables.Journal);
        _commits = new CommitWriter(open, tables);
        Checkpoints = new WalCheckpointer(open, _writer);
    }

    public WalCheckpointer Checkpoints { get; }

    public async Task<TreeSnapshot?> LoadTreeAsync(Guid rootId)
    {
        await using var connection = await _open();
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
        await using var connection = await _open();
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
        if (query.InstanceId is { } instanceId)
        {
            // Through the tree's index (an instance's tasks are among its tree's few), so that no index by instance
            // has to be written for every task.
            Equal(nameof(TaskRow.InstanceId), instanceId);
            where.Add($"t.{Q(_tasks, nameof(TaskRow.RootInstanceId))} = (SELECT i.{Q(_instances, nameof(InstanceRow.RootId))} "
                      + $"FROM {RowTable<InstanceRow>.Quote(_instances.Name)} i WHERE i.{Q(_instances, nameof(InstanceRow.Id))} = @w{where.Count - 1})");
        }
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
    /// One page of a task list and the number of matching tasks, in one round trip: the filter, the order and the
    /// page are the database's work, so the cost is the page's, not the list's.
    /// </summary>
    public async Task<(List<TaskRow> Rows, int Total)> TaskPageAsync(TaskListQuery query)
    {
        await using var connection = await _open();
        await using var command = connection.CreateCommand();
        var where = new List<string>();
        string Bind(string property, object value)
        {
            var name = "p" + command.Parameters.Count;
            _tasks.BindColumn(command, property, name, value);
            return "@" + name;
        }
        string Column(string property) => "t." + Q(_tasks, property);

        var me = query.Actor.UserId;
        // Given trees, the search starts from them (index on root and state); the unary + keeps SQLite from
        // preferring the assignee index, which for "mine or claimable" walks every unassigned task of the agency.
        var assignee = (query.RootInstanceIds is null ? "" : "+") + Column(nameof(TaskRow.Assignee));
        var mine = $"{assignee} = {Bind(nameof(TaskRow.Assignee), me)}";
        var claimable = query.Scope is TaskListScope.Claimable or TaskListScope.MineOrClaimable ? Claimable(command, query.Actor, assignee) : "";
        where.Add(query.Scope switch
        {
            TaskListScope.Mine => mine,
            TaskListScope.Claimable => claimable,
            TaskListScope.MineOrClaimable => $"({mine} OR {claimable})",
            _ => $"{Column(nameof(TaskRow.EndedBy))} = {Bind(nameof(TaskRow.EndedBy), me)}",
        });
        where.Add(query.Scope == TaskListScope.CompletedByMe
            ? $"{Column(nameof(TaskRow.State))} IN ({Bind(nameof(TaskRow.State), HumanTaskState.Completed)}, {Bind(nameof(TaskRow.State), HumanTaskState.Returned)})"
            : $"{Column(nameof(TaskRow.State))} = {Bind(nameof(TaskRow.State), HumanTaskState.Open)}");
        if (query.RootInstanceIds is { } roots)
        {
            // One parameter however many trees: a JSON array of the keys as the column stores them.
            var keys = command.CreateParameter();
            keys.ParameterName = "@roots";
            keys.Value = System.Text.Json.JsonSerializer.Serialize(roots.Select(r => _tasks.ProviderText(nameof(TaskRow.RootInstanceId), r)));
            command.Parameters.Add(keys);
            where.Add($"{Column(nameof(TaskRow.RootInstanceId))} IN (SELECT value FROM json_each(@roots))");
        }
        if (query.Text?.Trim() is { Length: > 0 } text)
        {
            var like = command.CreateParameter();
            like.ParameterName = "@text";
            like.Value = "%" + text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
            command.Parameters.Add(like);
            where.Add($"({Column(nameof(TaskRow.Name))} LIKE @text ESCAPE '\\' OR {Column(nameof(TaskRow.BusinessKey))} LIKE @text ESCAPE '\\')");
        }

        var direction = query.Descending ? " DESC" : "";
        var order = query.Sort switch
        {
            TaskListSort.Due => $"{Column(nameof(TaskRow.DueAt))} IS NULL, {Column(nameof(TaskRow.DueAt))}{direction}",
            TaskListSort.BusinessKey => $"length({Column(nameof(TaskRow.BusinessKey))}){direction}, {Column(nameof(TaskRow.BusinessKey))}{direction}",
            TaskListSort.Name => $"{Column(nameof(TaskRow.Name))}{direction}",
            TaskListSort.Ended => $"{Column(nameof(TaskRow.EndedAt))}{direction}",
            _ => $"{Column(nameof(TaskRow.CreatedAt))}{direction}",
        };
        var filter = " FROM " + RowTable<TaskRow>.Quote(_tasks.Name) + " t WHERE " + string.Join(" AND ", where);
        command.CommandText = $"SELECT count(*){filter};\n"
                              + $"SELECT {_tasks.SelectListOf("t")}{filter} ORDER BY {order}, {Column(nameof(TaskRow.CreatedAt))}, {Column(nameof(TaskRow.Id))}"
                              + $" LIMIT {Math.Max(0, query.Take)} OFFSET {Math.Max(0, query.Skip)}";
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        var total = reader.GetInt32(0);
        await reader.NextResultAsync();
        return (await ReadAsync(reader, _tasks), total);
    }

    /// <summary>
    /// For each element of a definition, how many of its instances completed it: the journal rows of the trees that
    /// contain such an instance, unpacked in SQL (<see cref="JournalRows"/>).
    /// </summary>
    public async Task<List<ElementCount>> PassedAsync(string definitionId)
    {
        await using var connection = await _open();
        await using var command = connection.CreateCommand();
        var (journal, instances) = (RowTable<JournalRow>.Quote(_journal.Name), RowTable<InstanceRow>.Quote(_instances.Name));
        var (id, rootId, definition) = (Q(_instances, nameof(InstanceRow.Id)), Q(_instances, nameof(InstanceRow.RootId)),
            Q(_instances, nameof(InstanceRow.DefinitionId)));
        var (root, entries) = (Q(_journal, nameof(JournalRow.RootInstanceId)), Q(_journal, nameof(JournalRow.Entries)));
        command.CommandText = $"""
            SELECT json_extract(e.value, '$.e') AS element, COUNT(DISTINCT i.{id})
            FROM {journal} j, json_each(j.{entries}) e
            JOIN {instances} i ON i.{id} = coalesce(json_extract(e.value, '$.i'), j.{root})
            WHERE j.{root} IN (SELECT {rootId} FROM {instances} WHERE {definition} = @definition)
              AND json_extract(e.value, '$.k') = @kind AND element IS NOT NULL AND i.{definition} = @definition
            GROUP BY element
            """;
        _instances.BindColumn(command, nameof(InstanceRow.DefinitionId), "definition", definitionId);
        var kind = command.CreateParameter();
        kind.ParameterName = "@kind";
        kind.Value = nameof(JournalKind.ElementCompleted);
        command.Parameters.Add(kind);
        await using var reader = await command.ExecuteReaderAsync();
        var counts = new List<ElementCount>();
        while (await reader.ReadAsync()) counts.Add(new ElementCount(reader.GetString(0), reader.GetInt32(1)));
        return counts;
    }

    /// <summary>Unassigned, with one of the actor's candidate keys ("role:…", "user:…").</summary>
    private string Claimable(DbCommand command, Actor actor, string assignee)
    {
        var keys = actor.Roles.Select(r => "role:" + r).Append("user:" + actor.UserId).ToArray();
        var names = new string[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            names[i] = "@c" + i;
            _candidates.BindColumn(command, nameof(TaskCandidateRow.Candidate), "c" + i, keys[i]);
        }
        return $"({assignee} IS NULL AND EXISTS (SELECT 1 FROM {RowTable<TaskCandidateRow>.Quote(_candidates.Name)} c "
               + $"WHERE c.{Q(_candidates, nameof(TaskCandidateRow.TaskId))} = t.{Q(_tasks, nameof(TaskRow.Id))} "
               + $"AND c.{Q(_candidates, nameof(TaskCandidateRow.Candidate))} IN ({string.Join(", ", names)})))";
    }

    /// <summary>Writes all changes in one transaction; throws <see cref="StoreConflictException"/> when a row was stale.</summary>
    public async Task CommitAsync(TreeChanges changes)
    {
        var pending = new PendingCommit(changes);
        lock (_queue) _queue.Add(pending);
        // Writers of this process queue here rather than in SQLite's busy handler, which sleeps in steps of
        // milliseconds; writers of other processes still meet at the database lock. Whoever holds the lock writes
        // every commit queued by then in one transaction (group commit): commits waiting for each other share
        // one write of the pages they have in common.
        await _writer.WaitAsync();
        try
        {
            if (!pending.Done.Task.IsCompleted)
            {
                PendingCommit[] batch;
                lock (_queue)
                {
                    batch = [.. _queue];
                    _queue.Clear();
                }
                await _commits.WriteAsync(batch);
                Checkpoints.Committed(batch.Length);
            }
        }
        finally
        {
            _writer.Release();
        }
        await pending.Done.Task;
    }

    private readonly List<PendingCommit> _queue = [];
    private readonly SemaphoreSlim _writer = new(1, 1);

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
