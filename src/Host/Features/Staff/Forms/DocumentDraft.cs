using System.Text.Json.Nodes;

namespace Reconsideration.Host.Features.Staff.Forms;

/// <summary>A document a form's step will produce: its type and the data merged over what the case gives.</summary>
public sealed record DocumentDraft(string TypeKey, string Name, JsonObject Data);
