namespace Reconsideration.Workflows;

/// <summary>
/// Binds a service task (rc:handler="name") to code. It runs inside the command's transaction: keep it short
/// and deterministic. Throw <see cref="BpmnError"/> for a business error a boundary event may catch; any other
/// exception is retried with back-off and then becomes an incident.
/// </summary>
public interface IServiceTaskHandler
{
    string Name { get; }
    void Execute(ServiceTaskContext context);
}
