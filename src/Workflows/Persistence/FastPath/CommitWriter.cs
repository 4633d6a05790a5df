using System.Data.Common;
using Microsoft.Data.Sqlite;
using SQLitePCL;
using Reconsideration.Workflows.Storage;

namespace Reconsideration.Workflows.Persistence.FastPath;

/// <summary>
/// Writes commands' changes in one immediate transaction. Every statement must change exactly the rows it names
/// (an update or delete matches only the revision it was loaded with); if one falls short, a row was stale and
/// everything that command wrote is rolled back.
/// <para>
/// Commits are serialised per store, so they share one connection that keeps each statement text prepared
/// (<see cref="PreparedStatement"/>): a statement seen before is only rebound and stepped, not parsed and planned
/// again. Each statement is prepared on its own with only its own parameters: in a multi-statement batch every
/// statement looked up every parameter of the batch by name, which cost more than the writes.
/// </para>
/// Not thread-safe: the caller serialises commits.
/// </summary>
internal sealed class CommitWriter(Func<Task<DbConnection>> open, Tables tables)
{
    private const int MaxStatements = 128;
    private readonly Dictionary<string, PreparedStatement> _statements = [];
    private readonly ParameterValues _values = new();
    private SqliteConnection? _connection;

    /// <summary>
    /// Writes the commits in one transaction, each under its own savepoint: a stale commit is rolled back alone and
    /// fails with <see cref="StoreConflictException"/>, the others are written. Any other failure fails them all. Never
    /// throws: each commit's outcome is set on it.
    /// </summary>
    public async Task WriteAsync(IReadOnlyList<PendingCommit> commits)
    {
        try
        {
            _connection ??= (SqliteConnection)await open();
            // A lone commit needs no savepoint: its conflict fails the transaction, which is all it wrote.
            var grouped = commits.Count > 1;
            var conflicts = new StoreConflictException?[commits.Count];
            Execute("BEGIN IMMEDIATE");
            try
            {
                for (var i = 0; i < commits.Count; i++)
                {
                    if (grouped) Execute("SAVEPOINT c");
                    try
                    {
                        Write(commits[i].Changes);
                    }
                    catch (StoreConflictException e) when (grouped)
                    {
                        conflicts[i] = e;
                        Execute("ROLLBACK TO c");
                    }
                    if (grouped) Execute("RELEASE c");
                }
                Execute("COMMIT");
            }
            catch
            {
                RollBack();
                throw;
            }
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

    private void Write(TreeChanges changes)
    {
        try
        {
            Write(tables.Instances, changes.Instances, RowMapping.ToRow, i => i.Revision);
            Write(tables.Tasks, changes.Tasks, RowMapping.ToRow, t => t.Revision);
            foreach (var candidate in changes.Tasks.Added.SelectMany(RowMapping.Candidates))
                Execute(v => tables.Candidates.Insert(v, candidate));
            Write(tables.Jobs, changes.Jobs, RowMapping.ToRow, j => j.Revision);
            Write(tables.Subscriptions, changes.Subscriptions, RowMapping.ToRow, null);
            Write(tables.Incidents, changes.Incidents, RowMapping.ToRow, i => i.Revision);
            foreach (var root in changes.TouchedRoots) Execute(v => tables.Instances.Touch(v, root));
            // A command's journal entries go in packed, one row per tree (normally one in all), numbered by the
            // revision this commit gave the tree's root: written once, or refused as a conflict.
            foreach (var row in JournalRows.Pack(changes.Journal))
                Execute(v => tables.Journal.Insert(v, row, tables.JournalInsert));
        }
        catch (DbException e) when (e.Message.Contains("UNIQUE", StringComparison.OrdinalIgnoreCase))
        {
            throw new StoreConflictException("A row was inserted concurrently.", e);
        }
    }

    private void Write<TRecord, TRow>(RowTable<TRow> table, RowChanges<TRecord> changes,
        Func<TRecord, TRow> toRow, Func<TRecord, long>? revision) where TRow : class, new()
    {
        foreach (var record in changes.Added) Execute(v => table.Insert(v, toRow(record)));
        foreach (var record in changes.Updated)
            Execute(v => table.Update(v, toRow(record), revision is null ? 0 : revision(record) - 1));
        foreach (var record in changes.Removed)
            Execute(v => table.Delete(v, toRow(record), revision?.Invoke(record) ?? 0));
    }

    /// <summary>Runs a statement that changes no rows of its own (the transaction's and savepoints').</summary>
    private void Execute(string sql)
    {
        _values.Clear();
        Statement(sql).Run(_values);
    }

    /// <summary>Runs a statement on its prepared statement; unless <paramref name="rows"/> is negative, it must change that many rows.</summary>
    private void Execute(Func<ParameterValues, string> bind, int rows = 1)
    {
        _values.Clear();
        if (Statement(bind(_values)).Run(_values) != rows && rows >= 0)
            throw new StoreConflictException("A row changed since it was loaded; the whole commit was rolled back.");
    }

    private PreparedStatement Statement(string sql)
    {
        if (_statements.TryGetValue(sql, out var prepared)) return prepared;
        // Unusual texts (many journal rows in one command) are few, but unbounded in principle.
        if (_statements.Count >= MaxStatements) DisposeStatements();
        return _statements[sql] = new PreparedStatement(_connection!.Handle!, sql);
    }

    /// <summary>Ends an open transaction; the connection is otherwise pooled with it still open.</summary>
    private void RollBack()
    {
        if (_connection?.Handle is { } db && raw.sqlite3_get_autocommit(db) == 0) Execute("ROLLBACK");
    }

    private void DisposeStatements()
    {
        foreach (var prepared in _statements.Values) prepared.Dispose();
        _statements.Clear();
    }

    private void Drop()
    {
        try
        {
            RollBack();
        }
        catch (DbException)
        {
            // The connection is beyond use; closing it ends the transaction.
        }
        DisposeStatements();
        _connection?.Dispose();
        _connection = null;
    }
}
