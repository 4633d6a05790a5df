namespace Reconsideration.Workflows.Model;

/// <summary>A parsed BPMN file: its processes and the message names it declares.</summary>
internal sealed record BpmnModel(IReadOnlyList<ProcessModel> Processes)
{
    public ProcessModel? Process(string id) => Processes.FirstOrDefault(p => p.Id == id);
}
