namespace Reconsideration.Host.Features.Staff.Forms;

/// <summary>A form of one yes-or-no question: mediation-record (达成调解协议) and performance-check (履行监督).</summary>
public sealed class YesNoForm(string key, string variable, string label, string yes, string no, string? help = null) : TaskForm
{
    public override string Key => key;

    public override IReadOnlyList<FormField> Fields { get; } =
        [new(variable, label, FieldKind.YesNo) { Options = [new("true", yes), new("false", no)], Help = help }];
}
