namespace Reconsideration.Host.Features.Staff.Forms;

/// <summary>A registered task form: its key (rc:formKey) and what people call it.</summary>
public sealed record TaskFormInfo(string Key, string Title);
