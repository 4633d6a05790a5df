namespace Reconsideration.Host.Features.Designer.Services;

/// <summary>Input the designer refuses (an empty or unreadable file, a bad process key); nothing was changed.</summary>
public sealed class DesignerInputException(string message) : Exception(message);
