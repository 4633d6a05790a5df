using Reconsideration.Host.Features.Api.Tasks;
using Reconsideration.Host.Features.Cases.Domain;
using Reconsideration.Host.Features.Cases.Services.Deadlines;
using Reconsideration.Host.Features.Staff.Forms;
using Reconsideration.Workflows;

namespace Reconsideration.Host.Features.Staff.Services;

/// <summary>What the task page shows: the task, its case and deadlines, what the person may do, and the form.</summary>
/// <param name="Task">The engine's task.</param>
/// <param name="View">The task as the API shows it (case number, role names).</param>
/// <param name="Case">The case, when the task belongs to one.</param>
/// <param name="Deadlines">The case's statutory periods today.</param>
/// <param name="Badge">The task's due badge.</param>
/// <param name="Work">What the person may do with it.</param>
/// <param name="Why">Why the person may not work it, in Chinese, or who completed it; null when they may.</param>
/// <param name="Context">What the form reads besides its own values.</param>
/// <param name="Form">The form of the task's form key, prefilled; null when the key has none.</param>
/// <param name="ReturnTargets">The earlier tasks it may be returned to (退回), when the person works it.</param>
/// <param name="Colleagues">Whom it may be delegated to (委派), when it is the person's own.</param>
public sealed record TaskPageData(HumanTask Task, TaskView View, Case? Case, IReadOnlyList<CaseDeadline> Deadlines, DueBadge Badge,
    TaskWork Work, string? Why, TaskFormContext Context, TaskForm? Form, IReadOnlyList<ReturnTarget> ReturnTargets,
    IReadOnlyList<Colleague> Colleagues);
