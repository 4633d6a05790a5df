namespace Reconsideration.EndToEnd.Tests.Designer;

/// <summary>
/// The designer's test classes share one host (with the shipped workflows) and run one after the other, and after the
/// other browser tests rather than beside them: two hosts and two browsers at once on two cores slow both past their waits.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DesignerCollection : ICollectionFixture<DesignerApp>
{
    public const string Name = "designer";
}
