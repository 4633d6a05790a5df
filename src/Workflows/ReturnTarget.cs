namespace Reconsideration.Workflows;

/// <summary>An earlier user task a task may be returned to (退回).</summary>
/// <param name="ElementId">The user task's element id, for <see cref="WorkflowEngine.ReturnAsync"/>.</param>
/// <param name="Name">Its name (else its id).</param>
/// <param name="Direct">
/// True when the task is reached from it through user tasks and gateways only. Otherwise an automatic step (a service
/// task, a called process, an event) lies between, and returning does not undo what that step did.
/// </param>
public sealed record ReturnTarget(string ElementId, string Name, bool Direct);
