namespace Reconsideration.Workflows.Simulation;

/// <summary>The file or a step of a simulation script is invalid; the message names the element or the step.</summary>
public sealed class SimulationException(string message) : Exception(message);
