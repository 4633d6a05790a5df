using System.Data.Common;
using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Reconsideration.Workflows.Persistence.FastPath;

/// <summary>
/// One table as EF Core's model describes it — name, columns, key, revision, value converters and the
/// provider's parameter types — so that the hot path can read and write rows with plain ADO.NET commands
/// while the schema, migrations and every other query stay with EF Core.
/// </summary>
internal sealed class RowTable<TRow> where TRow : class, new()
{
    private readonly Column[] _columns;

    public RowTable(IModel model)
    {
        var entity = model.FindEntityType(typeof(TRow)) ?? throw new InvalidOperationException($"{typeof(TRow).Name} is not mapped.");
        Name = entity.GetTableName()!;
        _columns = entity.GetProperties().Where(p => p.PropertyInfo is not null).Select(p => new Column(p)).ToArray();
        // A composite key (task candidates) makes an insert-only table: updates and deletes use the first key column.
        Key = _columns.First(c => c.Property.IsPrimaryKey());
        Revision = _columns.SingleOrDefault(c => c.Property.IsConcurrencyToken);
        SelectList = string.Join(", ", _columns.Select(c => Quote(c.Name)));
        // An integer key column is numbered by the database, never a parameter (the journal's: InsertText); Guid keys come from the caller.
        var inserted = _columns.Where(c => !(c.Property.IsPrimaryKey() && c.Property.ClrType == typeof(long))).ToArray();
        _inserted = inserted;
        _parameters = inserted.Select(c => "@" + c.Name).ToArray();
        _insertText = InsertText(inserted.Select(c => c.Name), _parameters);
        // Columns declared fixed after the insert (and the key) are not assigned: see WorkflowDbContext.FixedOnceInserted.
        var set = _columns.Where(c => c != Key && c.Property.GetAfterSaveBehavior() == PropertySaveBehavior.Save).ToArray();
        _updated = [.. set, Key];
        _updateText = $"UPDATE {Quote(Name)} SET {string.Join(", ", set.Select(c => $"{Quote(c.Name)} = @{c.Name}"))} WHERE {Quote(Key.Name)} = @{Key.Name}"
                      + (Revision is null ? "" : $" AND {Quote(Revision.Name)} = @expected");
        _deleteText = $"DELETE FROM {Quote(Name)} WHERE {Quote(Key.Name)} = @{Key.Name}" + (Revision is null ? "" : $" AND {Quote(Revision.Name)} = @expected");
    }

    private readonly string[] _parameters;
    private readonly string _insertText;
    private readonly string _updateText;
    private readonly string _deleteText;

    private readonly Column[] _inserted;
    private readonly Column[] _updated;

    public string Name { get; }
    public Column Key { get; }
    public Column? Revision { get; }
    public string SelectList { get; }

    /// <summary>The column list qualified with a table alias.</summary>
    public string SelectListOf(string alias) => string.Join(", ", _columns.Select(c => $"{alias}.{Quote(c.Name)}"));

    public static string Quote(string identifier) => $"\"{identifier}\"";

    public string ColumnName(string property) => _columns.Single(c => c.Property.Name == property).Name;

    /// <summary>Reads the current row of a reader whose columns are <see cref="SelectList"/>.</summary>
    public TRow Read(DbDataReader reader)
    {
        var row = new TRow();
        for (var i = 0; i < _columns.Length; i++) _columns[i].Read(reader, i, row);
        return row;
    }

    /// <summary>
    /// An INSERT of the row; its values go to <paramref name="values"/> in the order of the text's parameters. The
    /// text is the table's own, or one made by <see cref="InsertText(string, string)"/>.
    /// </summary>
    public string Insert(ParameterValues values, TRow row, string? text = null)
    {
        foreach (var column in _inserted) values.Add(column, column.Name, column.Get(row));
        return text ?? _insertText;
    }

    /// <summary>
    /// The INSERT with the <paramref name="property"/> column taking the value of <paramref name="expression"/>, SQL that
    /// may name the row's parameters (<c>@Column</c>), instead of a parameter of its own.
    /// </summary>
    public string InsertText(string property, string expression) =>
        InsertText([.. _inserted.Select(c => c.Name), ColumnName(property)], [.. _parameters, expression]);

    private string InsertText(IEnumerable<string> columns, IEnumerable<string> values) =>
        $"INSERT INTO {Quote(Name)} ({string.Join(", ", columns.Select(Quote))}) VALUES ({string.Join(", ", values)})";

    /// <summary>An UPDATE that only matches while the stored revision is still <paramref name="expectedRevision"/>.</summary>
    public string Update(ParameterValues values, TRow row, long expectedRevision)
    {
        foreach (var column in _updated) values.Add(column, column.Name, column.Get(row));
        if (Revision is not null) values.Add(null, "expected", expectedRevision);
        return _updateText;
    }

    public string Delete(ParameterValues values, TRow row, long expectedRevision)
    {
        values.Add(Key, Key.Name, Key.Get(row));
        if (Revision is not null) values.Add(null, "expected", expectedRevision);
        return _deleteText;
    }

    /// <summary>An UPDATE that only moves the row's revision, whatever it was (the row must exist).</summary>
    public string Touch(ParameterValues values, object key)
    {
        values.Add(Key, Key.Name, key);
        var revision = Quote(Revision!.Name);
        return $"UPDATE {Quote(Name)} SET {revision} = {revision} + 1 WHERE {Quote(Key.Name)} = @{Key.Name}";
    }

    /// <summary>Binds a value converted like the given property's column as a named parameter.</summary>
    public void BindColumn(DbCommand command, string property, string name, object value) =>
        _columns.Single(c => c.Property.Name == property).BindValue(command, name, value);

    /// <summary>The value as text the way the column stores it (for a JSON list of keys): the SQL literal without its quotes.</summary>
    public string ProviderText(string property, object value) =>
        _columns.Single(c => c.Property.Name == property).SqlLiteral(value).Trim('\'');

    /// <summary>Binds a key value (converted like the key column) as a named parameter.</summary>
    public void BindKey(DbCommand command, string name, object value) => Key.BindValue(command, name, value);
}
