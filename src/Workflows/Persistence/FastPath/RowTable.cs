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
        // An integer key the database numbers itself (the journal's sequence) is left out of inserts; Guid keys come from the caller.
        var inserted = _columns.Where(c => !(c.Property.IsPrimaryKey() && c.Property.ClrType == typeof(long))).ToArray();
        _inserted = inserted;
        // Statements are templates: "{0}" stands for a prefix that keeps parameter names unique in a batch.
        _insertHead = $"INSERT INTO {Quote(Name)} ({string.Join(", ", inserted.Select(c => Quote(c.Name)))}) VALUES ";
        _values = $"({string.Join(", ", inserted.Select(c => "@{0}" + c.Name))})";
        // Columns declared fixed after the insert (and the key) are not assigned: see WorkflowDbContext.FixedOnceInserted.
        var set = _columns.Where(c => c != Key && c.Property.GetAfterSaveBehavior() == PropertySaveBehavior.Save).ToArray();
        _updated = [.. set, Key];
        _update = $"UPDATE {Quote(Name)} SET {string.Join(", ", set.Select(c => $"{Quote(c.Name)} = @{{0}}{c.Name}"))} WHERE {Quote(Key.Name)} = @{{0}}{Key.Name}"
                  + (Revision is null ? "" : $" AND {Quote(Revision.Name)} = @{{0}}expected");
        _delete = $"DELETE FROM {Quote(Name)} WHERE {Quote(Key.Name)} = @{{0}}{Key.Name}" + (Revision is null ? "" : $" AND {Quote(Revision.Name)} = @{{0}}expected");
    }

    private readonly string _insertHead;
    private readonly string _values;
    private readonly string _update;
    private readonly string _delete;

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

    /// <summary>Appends an INSERT of the row to a batch, its parameters named with <paramref name="prefix"/>.</summary>
    public string Insert(DbCommand command, string prefix, TRow row) => InsertMany(command, prefix, [row]);

    /// <summary>One INSERT of several rows, each row's parameters named with the prefix and its index.</summary>
    public string InsertMany(DbCommand command, string prefix, IReadOnlyList<TRow> rows)
    {
        var values = new string[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            foreach (var column in _inserted) column.Bind(command, $"{prefix}{i}_", rows[i]);
            values[i] = string.Format(_values, $"{prefix}{i}_");
        }
        return _insertHead + string.Join(", ", values);
    }

    /// <summary>Appends an UPDATE that only matches while the stored revision is still <paramref name="expectedRevision"/>.</summary>
    public string Update(DbCommand command, string prefix, TRow row, long expectedRevision)
    {
        foreach (var column in _updated) column.Bind(command, prefix, row);
        if (Revision is not null) Bind(command, prefix + "expected", expectedRevision);
        return string.Format(_update, prefix);
    }

    public string Delete(DbCommand command, string prefix, TRow row, long expectedRevision)
    {
        Key.Bind(command, prefix, row);
        if (Revision is not null) Bind(command, prefix + "expected", expectedRevision);
        return string.Format(_delete, prefix);
    }

    /// <summary>An UPDATE that only moves the row's revision, whatever it was (the row must exist).</summary>
    public string Touch(DbCommand command, string prefix, object key)
    {
        Key.BindValue(command, prefix + Key.Name, key);
        var revision = Quote(Revision!.Name);
        return $"UPDATE {Quote(Name)} SET {revision} = {revision} + 1 WHERE {Quote(Key.Name)} = @{prefix}{Key.Name}";
    }

    /// <summary>Binds a value converted like the given property's column as a named parameter.</summary>
    public void BindColumn(DbCommand command, string property, string name, object value) =>
        _columns.Single(c => c.Property.Name == property).BindValue(command, name, value);

    /// <summary>Binds a key value (converted like the key column) as a named parameter.</summary>
    public void BindKey(DbCommand command, string name, object value) => Key.BindValue(command, name, value);

    private static void Bind(DbCommand command, string name, long value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@" + name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    /// <summary>One mapped property: how to get it, convert it and hand it to the provider, and back.</summary>
    internal sealed class Column
    {
        private readonly Func<object, object?> _get;
        private readonly Action<object, object?> _set;
        private readonly RelationalTypeMapping _mapping;
        private readonly Func<DbDataReader, int, object> _read;

        public Column(IProperty property)
        {
            Property = property;
            Name = property.GetColumnName();
            _mapping = (RelationalTypeMapping)property.GetTypeMapping();
            var info = property.PropertyInfo!;
            _get = Compile<Func<object, object?>>(info, getter: true);
            _set = Compile<Action<object, object?>>(info, getter: false);
            var providerType = _mapping.Converter?.ProviderClrType ?? Nullable.GetUnderlyingType(info.PropertyType) ?? info.PropertyType;
            var getFieldValue = typeof(DbDataReader).GetMethod(nameof(DbDataReader.GetFieldValue))!.MakeGenericMethod(providerType);
            var reader = Expression.Parameter(typeof(DbDataReader));
            var ordinal = Expression.Parameter(typeof(int));
            _read = Expression.Lambda<Func<DbDataReader, int, object>>(
                Expression.Convert(Expression.Call(reader, getFieldValue, ordinal), typeof(object)), reader, ordinal).Compile();
        }

        public IProperty Property { get; }
        public string Name { get; }

        public void Read(DbDataReader reader, int ordinal, object row)
        {
            if (reader.IsDBNull(ordinal))
            {
                _set(row, null);
                return;
            }
            var value = _read(reader, ordinal);
            _set(row, _mapping.Converter is { } converter ? converter.ConvertFromProvider(value) : value);
        }

        public void Bind(DbCommand command, string prefix, object row) => BindValue(command, prefix + Name, _get(row));

        /// <summary>Adds the value as a parameter; the type mapping applies the column's value converter itself.</summary>
        public void BindValue(DbCommand command, string name, object? value) =>
            command.Parameters.Add(_mapping.CreateParameter(command, "@" + name, value, Property.IsNullable));

        private static T Compile<T>(PropertyInfo info, bool getter)
        {
            var target = Expression.Parameter(typeof(object));
            var typed = Expression.Convert(target, info.DeclaringType!);
            if (getter)
                return Expression.Lambda<T>(Expression.Convert(Expression.Property(typed, info), typeof(object)), target).Compile();
            var value = Expression.Parameter(typeof(object));
            var assign = Expression.Assign(Expression.Property(typed, info), Expression.Convert(value, info.PropertyType));
            return Expression.Lambda<T>(assign, target, value).Compile();
        }
    }
}
