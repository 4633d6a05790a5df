namespace Reconsideration.EndToEnd.Tests;

/// <summary>Every browser test class shares one host and one Chromium, one class after another.</summary>
[CollectionDefinition(Name)]
public sealed class StaffAppCollection : ICollectionFixture<StaffApp>
{
    public const string Name = "staff app";
}
