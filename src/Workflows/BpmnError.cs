namespace Reconsideration.Workflows;

/// <summary>A business error with a code, caught by the nearest matching error boundary event.</summary>
public sealed class BpmnError(string errorCode, string message) : Exception(message)
{
    public string ErrorCode { get; } = errorCode;
}
