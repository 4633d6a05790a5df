namespace Reconsideration.Workflows.Storage;

/// <summary>How many instances a grouped query counted at one element.</summary>
internal sealed record ElementCount(string ElementId, int Instances);
