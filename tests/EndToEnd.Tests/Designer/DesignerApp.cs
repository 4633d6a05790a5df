namespace Reconsideration.EndToEnd.Tests.Designer;

/// <summary>A host of its own for the designer's tests, which publish more workflows.</summary>
public sealed class DesignerApp : StaffApp;
