namespace Reconsideration.Host.Features.Staff.Services;

/// <summary>The workspace, or why it cannot be shown (no such case, or another handler's case) in Chinese.</summary>
public sealed record WorkspaceResult(CaseWorkspace? Workspace, string? Refusal);
