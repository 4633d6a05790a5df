using System.Data;
using System.Data.Common;
using Reconsideration.Workflows.Storage;

namespace Reconsideration.Workflows.Persistence.FastPath;

/// <summary>
/// Writes commands' changes in one immediate transaction. Every statement must change exactly the rows it names
/// (an update or delete matches only the revision it was loaded with); if one falls short, a row was stale and
/// everything that command wrote is rolled back.
/// <para>
/// Commits are serialised per store, so they share one connection that keeps a command per statement text.
/// Microsoft.Data.Sqlite keeps a command's prepared statement while its text stays the same, so a statement seen
/// before is only rebound and stepped, not parsed and planned again; its parameters are created once and only given
/// new values. Each statement is its own command with only its own parameters: in a multi-statement batch every
/// statement looked up every parameter of the batch by name (and each miss again under other prefixes), which cost
/// more than the writes.
/// </para>
/// Not thread-safe: the caller serialises commits.
/// </summary>
internal sealed class CommitWriter(Func<Task<DbConnection>> open, Tables tables)
{
    private const int MaxStatements = 128;
    private readonly Dictionary<string, Kept> _statements = [];
    private readonly ParameterValues _values = new();
    private DbConnection? _connection;

    /// <summary>
    /// Writes the commits in one transaction, each under its own savepoint: a stale commit is rolled back alone and
    /// fails with <see cref="StoreConflictException"/>, the others are written. Any other failure fails them all. Never
    /// throws: each commit's outcome is set on it.
    /// </summary>
    public async Task WriteAsync(IReadOnlyList<PendingCommit> commits)
    {
        try
        {
            _connection ??= await open();
            await using var transaction = await _connection.BeginTransactionAsync(IsolationLevel.Serializable);
            // A lone commit needs no savepoint: its conflict fails the transaction, which is all it wrote.
            var grouped = commits.Count > 1;
            var conflicts = new StoreConflictException?[commits.Count];
            for (var i = 0; i < commits.Count; i++)
            {
                if (grouped) Savepoint(transaction, "SAVEPOINT c");
                try
                {
                    Write(transaction, commits[i].Changes);
                }
                catch (StoreConflictException e) when (grouped)
                {
                    conflicts[i] = e;
                    Savepoint(transaction, "ROLLBACK TO c");
                }
                if (grouped) Savepoint(transaction, "RELEASE c");
            }
            await transaction.CommitAsync();
            for (var i = 0; i < commits.Count; i++)
            {
                if (conflicts[i] is { } conflict) commits[i].Done.TrySetException(conflict);
                else commits[i].Done.TrySetResult();
            }
        }
        catch (Exception e)
        {
            // Whatever broke may have broken the connection too: the next commit starts on a fresh one.
            if (e is not StoreConflictException) Drop();
            foreach (var commit in commits) commit.Done.TrySetException(e);
        }
    }

    private void Savepoint(DbTransaction transaction, string sql) => Execute(transaction, _ => sql, rows: -1);

    private void Write(DbTransaction transaction, TreeChanges changes)
    {
        try
        {
            Write(transaction, tables.Instances, changes.Instances, RowMapping.ToRow, i => i.Revision);
            Write(transaction, tables.Tasks, changes.Tasks, RowMapping.ToRow, t => t.Revision);
            foreach (var candidate in changes.Tasks.Added.SelectMany(RowMapping.Candidates))
                Execute(transaction, v => tables.Candidates.Insert(v, candidate));
            Write(transaction, tables.Jobs, changes.Jobs, RowMapping.ToRow, j => j.Revision);
            Write(transaction, tables.Subscriptions, changes.Subscriptions, RowMapping.ToRow, null);
            Write(transaction, tables.Incidents, changes.Incidents, RowMapping.ToRow, i => i.Revision);
            foreach (var root in changes.TouchedRoots) Execute(transaction, v => tables.Instances.Touch(v, root));
            // A command's journal entries go in packed, one row per tree (normally one in all), numbered by the
            // revision this commit gave the tree's root: written once, or refused as a conflict.
            foreach (var row in JournalRows.Pack(changes.Journal))
                Execute(transaction, v => tables.Journal.Insert(v, row, tables.JournalInsert));
        }
        catch (DbException e) when (e.Message.Contains("UNIQUE", StringComparison.OrdinalIgnoreCase))
        {
            throw new StoreConflictException("A row was inserted concurrently.", e);
        }
    }

    private void Write<TRecord, TRow>(DbTransaction transaction, RowTable<TRow> table, RowChanges<TRecord> changes,
        Func<TRecord, TRow> toRow, Func<TRecord, long>? revision) where TRow : class, new()
    {
        foreach (var record in changes.Added) Execute(transaction, v => table.Insert(v, toRow(record)));
        foreach (var record in changes.Updated)
            Execute(transaction, v => table.Update(v, toRow(record), revision is null ? 0 : revision(record) - 1));
        foreach (var record in changes.Removed)
            Execute(transaction, v => table.Delete(v, toRow(record), revision?.Invoke(record) ?? 0));
    }

    /// <summary>Runs a statement on the command kept for its text, whose parameters are created on first use only.</summary>
    private void Execute(DbTransaction transaction, Func<ParameterValues, string> bind, int rows = 1)
    {
        _values.Clear();
        var kept = Statement(bind(_values));
        kept.Command.Transaction = transaction;
        for (var i = 0; i < _values.Count; i++)
        {
            var (column, name, value) = _values[i];
            if (i == kept.Parameters.Count) kept.Add(column, name);
            kept.Parameters[i].Value = column is null ? value ?? DBNull.Value : column.ToProvider(value);
        }
        if (kept.Command.ExecuteNonQuery() != rows && rows >= 0)
            throw new StoreConflictException("A row changed since it was loaded; the whole commit was rolled back.");
    }

    private Kept Statement(string sql)
    {
        if (_statements.TryGetValue(sql, out var kept)) return kept;
        // Unusual texts (many journal rows in one command) are few, but unbounded in principle.
        if (_statements.Count >= MaxStatements) DisposeStatements();
        var command = _connection!.CreateCommand();
        command.CommandText = sql;
        return _statements[sql] = new Kept(command);
    }

    /// <summary>A command kept for one statement text, with its parameters in the order the text names them.</summary>
    private sealed class Kept(DbCommand command)
    {
        public DbCommand Command { get; } = command;
        public List<DbParameter> Parameters { get; } = [];

        public void Add(Column? column, string name)
        {
            var parameter = column?.CreateParameter(Command, name) ?? Command.CreateParameter();
            parameter.ParameterName = "@" + name;
            Command.Parameters.Add(parameter);
            Parameters.Add(parameter);
        }
    }

    private void DisposeStatements()
    {
        foreach (var kept in _statements.Values) kept.Command.Dispose();
        _statements.Clear();
    }

    private void Drop()
    {
        DisposeStatements();
        _connection?.Dispose();
        _connection = null;
    }
}
