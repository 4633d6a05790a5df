namespace Reconsideration.EndToEnd.Tests.Designer;

/// <summary>The designer's test classes share one host (with the shipped workflows) and run one after the other.</summary>
[CollectionDefinition(Name)]
public sealed class DesignerCollection : ICollectionFixture<DesignerApp>
{
    public const string Name = "designer";
}
