using System.Data;
using System.Data.Common;
using Reconsideration.Workflows.Storage;

namespace Reconsideration.Workflows.Persistence.FastPath;

/// <summary>
/// Writes one command's changes in one immediate transaction. Every statement must change exactly the rows it names
/// (an update or delete matches only the revision it was loaded with); if one falls short, a row was stale and
/// everything is rolled back.
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

    public async Task WriteAsync(TreeChanges changes)
    {
        _connection ??= await open();
        try
        {
            await WriteAsync(_connection, changes);
        }
        catch (Exception e) when (e is not StoreConflictException)
        {
            // Whatever broke may have broken the connection too: the next commit starts on a fresh one.
            Drop();
            throw;
        }
    }

    private async Task WriteAsync(DbConnection connection, TreeChanges changes)
    {
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.Serializable);
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
            // A command's journal entries go in packed, one row per tree (normally one row in all).
            if (changes.Journal.Count > 0)
            {
                var rows = JournalRows.Pack(changes.Journal);
                Execute(transaction, v => tables.Journal.InsertMany(v, rows), rows.Length);
            }
        }
        catch (DbException e) when (e.Message.Contains("UNIQUE", StringComparison.OrdinalIgnoreCase))
        {
            throw new StoreConflictException("A row was inserted concurrently.", e);
        }
        await transaction.CommitAsync();
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
        if (kept.Command.ExecuteNonQuery() != rows)
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
