namespace Reconsideration.Host.Features.Staff.Forms;

/// <summary>One option of a choice: the value the workflow reads and the label people read.</summary>
public sealed record FormOption(string Value, string Label);
