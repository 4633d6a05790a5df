using Reconsideration.Host.Features.Cases.Domain;

namespace Reconsideration.Host.Features.Staff.Services;

/// <summary>Validation problems by field path, for the message beside each field ("applicants[0].idNumber").</summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> _byField = new(StringComparer.Ordinal);

    /// <summary>No problems.</summary>
    public static FieldErrors None { get; } = new([]);

    public FieldErrors(IEnumerable<ValidationProblem> problems)
    {
        foreach (var problem in problems)
        {
            if (!_byField.TryGetValue(problem.Field, out var messages)) _byField[problem.Field] = messages = [];
            if (!messages.Contains(problem.Message)) messages.Add(problem.Message);
        }
    }

    /// <summary>Every message, in the order found.</summary>
    public IReadOnlyList<string> All => [.. _byField.Values.SelectMany(m => m)];

    /// <summary>Whether there is any problem.</summary>
    public bool Any => _byField.Count > 0;

    /// <summary>Whether the field has a problem.</summary>
    public bool Has(string field) => _byField.ContainsKey(field);

    /// <summary>The field's messages joined, or null.</summary>
    public string? Of(string field) => _byField.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;
}
