namespace Reconsideration.Host.Tests;

public class PlaceholderTests
{
    [Fact]
    public void Cli_recognises_its_verbs_only()
    {
        Assert.True(Reconsideration.Host.Cli.CliVerbs.IsVerb("simulate"));
        Assert.False(Reconsideration.Host.Cli.CliVerbs.IsVerb("--urls"));
    }
}
