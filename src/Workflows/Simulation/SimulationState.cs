using System.Text.Json;

namespace Reconsideration.Workflows.Simulation;

/// <summary>A simulated instance tree at one moment (<see cref="SimulationSession.StateAsync"/>).</summary>
/// <param name="ActiveElements">Elements holding a token now, called processes included.</param>
/// <param name="CompletedElements">Elements completed so far, in the order they first completed.</param>
/// <param name="Journal">The tree's journal in the order it was written.</param>
public sealed record SimulationState(
    InstanceState State,
    IReadOnlyList<string> ActiveElements,
    IReadOnlyList<string> CompletedElements,
    IReadOnlyList<Incident> Incidents,
    IReadOnlyDictionary<string, JsonElement> Variables,
    IReadOnlyList<JournalEntry> Journal);
