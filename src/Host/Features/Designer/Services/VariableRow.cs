namespace Reconsideration.Host.Features.Designer.Services;

/// <summary>One row of a variables form: a name and a value as typed (JSON or text, see <see cref="TestRunVariables"/>).</summary>
public sealed class VariableRow
{
    public string? Name { get; set; }
    public string? Value { get; set; }

    public static IReadOnlyDictionary<string, object?> Parse(IEnumerable<VariableRow> rows) =>
        TestRunVariables.Parse(rows.Select(r => (r.Name, r.Value)));
}
