using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Reconsideration.Workflows.Persistence.FastPath;

/// <summary>
/// One statement of the commit writer, prepared once on its connection and run through SQLite's C interface: bound by
/// position (each parameter looked up by name on the first run only), stepped, reset. A kept Microsoft.Data.Sqlite
/// command spent about 3 µs more on each run of a ten-parameter statement (a reader, every parameter found by name
/// again, its value's type looked up), about as much as SQLite's own work for it. Values are bound as
/// Microsoft.Data.Sqlite binds them, so EF Core reads and finds what is written here: a Guid as upper-case text, a
/// bool as 0 or 1.
/// </summary>
internal sealed class PreparedStatement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;
    private readonly List<int> _indexes = [];

    public PreparedStatement(sqlite3 db, string sql)
    {
        _db = db;
        var rc = raw.sqlite3_prepare_v3(db, sql, raw.SQLITE_PREPARE_PERSISTENT, out _statement, out _);
        if (rc != raw.SQLITE_OK) throw Error(rc);
    }

    /// <summary>
    /// Runs the statement with <paramref name="values"/>, which name the same parameters in the same order on every run of
    /// one text; returns the rows it changed.
    /// </summary>
    public int Run(ParameterValues values)
    {
        for (var i = 0; i < values.Count; i++)
        {
            var (column, name, value) = values[i];
            if (i == _indexes.Count) _indexes.Add(IndexOf(name));
            Bind(_indexes[i], column is null ? value : column.ToProvider(value));
        }
        var rc = raw.sqlite3_step(_statement);
        var error = rc is raw.SQLITE_DONE or raw.SQLITE_ROW ? null : Error(rc);
        raw.sqlite3_reset(_statement);
        return error is null ? raw.sqlite3_changes(_db) : throw error;
    }

    public void Dispose() => _statement.Dispose();

    /// <summary>A Guid as the key columns store it, Microsoft.Data.Sqlite's way: upper-case text.</summary>
    public static string StoredText(Guid id) => id.ToString().ToUpperInvariant();

    private int IndexOf(string name) =>
        raw.sqlite3_bind_parameter_index(_statement, "@" + name) is > 0 and var index
            ? index
            : throw new InvalidOperationException($"The statement names no parameter @{name}.");

    private void Bind(int index, object? value)
    {
        var rc = value switch
        {
            null or DBNull => raw.sqlite3_bind_null(_statement, index),
            string text => raw.sqlite3_bind_text(_statement, index, text),
            long number => raw.sqlite3_bind_int64(_statement, index, number),
            int number => raw.sqlite3_bind_int64(_statement, index, number),
            bool flag => raw.sqlite3_bind_int64(_statement, index, flag ? 1 : 0),
            Guid id => raw.sqlite3_bind_text(_statement, index, StoredText(id)),
            double number => raw.sqlite3_bind_double(_statement, index, number),
            _ => throw new NotSupportedException($"No binding for a {value.GetType().Name} value."),
        };
        if (rc != raw.SQLITE_OK) throw Error(rc);
    }

    private SqliteException Error(int rc) =>
        new(raw.sqlite3_errmsg(_db).utf8_to_string(), rc, raw.sqlite3_extended_errcode(_db));
}
