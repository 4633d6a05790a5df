namespace Reconsideration.Workflows.Persistence.FastPath;

/// <summary>
/// A statement's parameter values in the order its text names them, which the commit writer binds by position to the
/// statement it keeps prepared for that text (<see cref="PreparedStatement"/>).
/// </summary>
internal sealed class ParameterValues
{
    private readonly List<(Column? Column, string Name, object? Value)> _values = [];

    public int Count => _values.Count;

    public (Column? Column, string Name, object? Value) this[int index] => _values[index];

    /// <summary>A value for the column's parameter, or (without a column) a plain integer such as an expected revision.</summary>
    public void Add(Column? column, string name, object? value) => _values.Add((column, name, value));

    public void Clear() => _values.Clear();
}
