using Reconsideration.DocumentGen.Issuing;

namespace Reconsideration.DocumentGen.Tests.Issuing;

public sealed class VerificationCodeTests
{
    [Fact]
    public void New_codes_are_four_groups_of_four_unambiguous_characters_and_differ()
    {
        var codes = Enumerable.Range(0, 1000).Select(_ => VerificationCode.New()).ToList();

        Assert.All(codes, c => Assert.Matches("^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$", c));
        Assert.Equal(codes.Count, codes.Distinct().Count());
    }

    [Theory]
    [InlineData("7k3m q9tx 2hfd 8wpa", "7K3M-Q9TX-2HFD-8WPA")]
    [InlineData("7K3MQ9TX2HFD8WPA", "7K3M-Q9TX-2HFD-8WPA")]
    [InlineData("OOOO-IIII-LLLL-0000", "0000-1111-1111-0000")]
    public void Typed_codes_normalize(string typed, string expected) => Assert.Equal(expected, VerificationCode.Normalize(typed));

    [Theory]
    [InlineData("")]
    [InlineData("7K3M-Q9TX-2HFD")]
    [InlineData("7K3M-Q9TX-2HFD-8WPA-1")]
    [InlineData("7K3M-Q9TX-2HFD-8WPU")]
    [InlineData("7K3M-Q9TX-2HFD-8WP'")]
    public void Impossible_codes_are_refused(string typed) => Assert.Null(VerificationCode.Normalize(typed));
}
