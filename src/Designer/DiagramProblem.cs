namespace Reconsideration.Designer;

/// <summary>A problem to mark on the diagram or found by the lint rules: the element (when known) and a Chinese message.</summary>
/// <param name="Category">"error" or "warn" for lint issues; "error" for the server's problems.</param>
public sealed record DiagramProblem(string? ElementId, string Message, string Category = "error");
