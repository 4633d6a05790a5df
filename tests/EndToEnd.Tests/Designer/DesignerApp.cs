namespace Reconsideration.EndToEnd.Tests.Designer;

/// <summary>A host of its own for the designer's tests: it deploys the shipped workflows, and the tests publish more.</summary>
public sealed class DesignerApp : StaffApp
{
    protected override bool ShippedDefinitions => true;
}
