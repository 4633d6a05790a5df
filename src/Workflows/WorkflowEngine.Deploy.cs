using System.Security.Cryptography;
using System.Text;
using Reconsideration.Workflows.Model;
using Reconsideration.Workflows.Parsing;
using Reconsideration.Workflows.Runtime.State;
using Reconsideration.Workflows.Storage;

namespace Reconsideration.Workflows;

/// <summary>Validating and deploying BPMN files as immutable, numbered versions.</summary>
public sealed partial class WorkflowEngine
{
    /// <summary>Every problem of the file, each naming its element; empty when it can be deployed.</summary>
    public IReadOnlyList<DefinitionProblem> Validate(string xml) => BpmnParser.Parse(xml, _context.Definitions.ParseOptions).Problems;

    /// <summary>
    /// Deploys every executable process of the file as a new version. A process whose latest version came from
    /// an identical file keeps that version. Running instances stay on the version they started on.
    /// </summary>
    /// <exception cref="DefinitionInvalidException">the file has problems; nothing was deployed.</exception>
    public async Task<IReadOnlyList<DeployedDefinition>> DeployAsync(string xml, string deployedBy, string? comment = null)
    {
        var parsed = BpmnParser.Parse(xml, _context.Definitions.ParseOptions);
        if (parsed.Model is not { } model) throw new DefinitionInvalidException(parsed.Problems);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(xml)));
        // Nodes starting together deploy the same files at once: whoever loses the race for a version number looks
        // again, and finds the file deployed (same hash) or takes the next number.
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await DeployOnceAsync(xml, model, hash, deployedBy, comment);
            }
            catch (StoreConflictException e)
            {
                if (attempt >= Options.ConflictRetries)
                    throw new WorkflowException(WorkflowErrorKind.Conflict, "同一流程正被同时部署，本次部署未保存。请稍后重试。", e);
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 5 << attempt)));
            }
        }
    }

    private async Task<IReadOnlyList<DeployedDefinition>> DeployOnceAsync(string xml, BpmnModel model, string hash, string deployedBy, string? comment)
    {
        var now = _time.GetUtcNow();
        var result = new List<DeployedDefinition>();
        var added = new List<DeployedDefinition>();
        var startArtifacts = new TreeChanges();
        foreach (var process in model.Processes)
        {
            var latest = (await _store.DefinitionsAsync(process.Id)).MaxBy(d => d.Version);
            if (latest?.Hash == hash)
            {
                result.Add(latest);
                continue;
            }
            var definition = new DeployedDefinition($"{process.Id}:{(latest?.Version ?? 0) + 1}", process.Id,
                (latest?.Version ?? 0) + 1, process.Name, xml, hash, now, deployedBy, comment);
            added.Add(definition);
            result.Add(definition);
            AddStartArtifacts(definition, process, now, startArtifacts);
        }
        if (added.Count > 0)
        {
            await _store.DeployAsync(added, startArtifacts);
            _context.Definitions.Register(added, model);
        }
        return result;
    }

    /// <summary>Timer start events get a job and message start events a subscription, both without an instance.</summary>
    private void AddStartArtifacts(DeployedDefinition definition, ProcessModel process, DateTimeOffset now, TreeChanges into)
    {
        foreach (var start in process.StartEvents)
        {
            switch (start.Definition)
            {
                case TimerDefinition timer when _context.Timers.Due(timer, now, 0, () => NoVariables) is { } due:
                    into.Jobs.Added.Add(new Job(Guid.NewGuid(), JobKind.Timer, null, null, null, definition.Id, start.Id,
                        due, 0, Options.JobRetries, null, null, null, false, 1));
                    break;
                case MessageDefinition message:
                    into.Subscriptions.Added.Add(new MessageSubscription(Guid.NewGuid(), message.MessageName, null, null, null, null,
                        definition.Id, start.Id, now));
                    break;
            }
        }
    }
}
