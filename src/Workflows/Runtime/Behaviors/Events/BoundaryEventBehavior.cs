using Reconsideration.Workflows.Model;
using Reconsideration.Workflows.Runtime.State;

namespace Reconsideration.Workflows.Runtime.Behaviors;

/// <summary>
/// Boundary events: armed when their activity is entered (timers scheduled, messages subscribed), disarmed when
/// it is left. Firing an interrupting one cancels exactly the activity's scope; a non-interrupting one starts a
/// parallel token and leaves the activity running.
/// </summary>
internal static class BoundaryEventBehavior
{
    /// <summary>
    /// Arms every boundary event of the activity. A timer or correlation-key expression that fails disarms the
    /// others and raises an incident on that boundary event (retrying it enters the activity again); false then.
    /// </summary>
    public static bool TryArm(Execution.Execution x, Token activityToken, Activity activity)
    {
        var model = x.Model(activityToken);
        foreach (var boundary in activity.BoundaryEvents.Select(model.Node).Cast<Event>())
        {
            try
            {
                // Error boundaries wait on nothing: ThrowError finds them.
                IntermediateCatchEventBehavior.Arm(x, activityToken, boundary);
            }
            catch (Exception e) when (e is Expressions.ExpressionException or Execution.WorkflowStepException)
            {
                Disarm(x, activityToken);
                x.RaiseIncident(x.Tokens[activityToken.Id], $"边界事件“{boundary.Label}”无法设置：{e.Message}", elementId: boundary.Id);
                return false;
            }
        }
        return true;
    }

    public static void Disarm(Execution.Execution x, Token activityToken) => x.RemoveWaits(activityToken);

    /// <summary>The boundary event <paramref name="boundary"/> on the activity held by <paramref name="activityToken"/> fires.</summary>
    public static void Fire(Execution.Execution x, Token activityToken, Event boundary)
    {
        var token = x.NewToken(activityToken.InstanceId, activityToken.ScopeTokenId, boundary.Id);
        if (boundary.CancelActivity) x.Cancel(activityToken, $"边界事件“{boundary.Label}”中断了该活动");
        x.Enter(token, boundary);
    }
}
