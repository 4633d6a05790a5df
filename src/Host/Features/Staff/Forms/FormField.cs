namespace Reconsideration.Host.Features.Staff.Forms;

/// <summary>
/// One field of a task form: its name (the process variable it sets, unless <see cref="IsVariable"/> is false), its
/// Chinese label, how it is entered, whether it must be filled while shown, and when it is shown. A field that only
/// feeds a document's data is not a variable of its own.
/// </summary>
public sealed record FormField(string Name, string Label, FieldKind Kind, bool Required = true, bool IsVariable = true)
{
    /// <summary>The options of a <see cref="FieldKind.Choice"/>.</summary>
    public IReadOnlyList<FormOption> Options { get; init; } = [];

    /// <summary>A hint under the field.</summary>
    public string? Help { get; init; }

    /// <summary>Shown (and checked and sent) only while this holds; always when null.</summary>
    public Func<TaskForm, bool>? ShownWhen { get; init; }

    /// <summary>For a date: it records something done, so it cannot be after today.</summary>
    public bool NotAfterToday { get; init; }

    /// <summary>For a number: the smallest and largest value allowed.</summary>
    public (int Min, int Max)? Range { get; init; }

    /// <summary>Whether the field is shown for the form's current values.</summary>
    public bool IsShown(TaskForm form) => ShownWhen?.Invoke(form) ?? true;
}
