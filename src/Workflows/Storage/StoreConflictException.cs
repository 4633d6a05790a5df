namespace Reconsideration.Workflows.Storage;

/// <summary>A row changed since it was loaded; the command is retried on fresh state or reported as a conflict.</summary>
internal sealed class StoreConflictException(string message, Exception? inner = null) : Exception(message, inner);
