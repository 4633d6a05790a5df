using System.Data.Common;
using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Reconsideration.Workflows.Persistence.FastPath;

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

    public object? Get(object row) => _get(row);

    /// <summary>The value as the provider stores it, after the column's value converter (for <see cref="PreparedStatement"/>).</summary>
    public object ToProvider(object? value) =>
        value is null ? DBNull.Value : _mapping.Converter is { } converter ? converter.ConvertToProvider(value) ?? DBNull.Value : value;

    public string SqlLiteral(object value) => _mapping.GenerateSqlLiteral(value);

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
