using Reconsideration.Host.Features.Cases.Domain.Validation;

namespace Reconsideration.Host.Tests.Features.Cases.Domain.Validation;

public sealed class UnifiedSocialCreditCodeTests
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    [Theory]
    [InlineData("91350100M000100Y4")] // the standard's example body, check character 3
    [InlineData("91330106MA2B3C4D5")]
    [InlineData("11330100002500123")] // an organ (code 11)
    [InlineData("52330106MJ0000000")]
    public void A_code_with_the_computed_check_character_is_valid(string body)
    {
        var code = CheckDigits.CreditCode(body);

        Assert.True(UnifiedSocialCreditCode.IsValid(code), code);
        Assert.Equal(code[17], UnifiedSocialCreditCode.CheckCharacter(body));
    }

    [Fact]
    public void The_standard_example_checks_with_3()
    {
        Assert.Equal("91350100M000100Y43", CheckDigits.CreditCode("91350100M000100Y4"));
    }

    [Fact]
    public void Every_other_check_character_is_refused_with_the_right_one_named()
    {
        var valid = CheckDigits.CreditCode("91330106MA2B3C4D5");
        foreach (var wrong in Alphabet.Where(c => c != valid[17]))
        {
            var message = Assert.Single(UnifiedSocialCreditCode.Check(valid[..17] + wrong, "统一社会信用代码"));
            Assert.Contains($"应为{valid[17]}", message);
        }
    }

    [Theory]
    [InlineData("91330106MA2B3C4D5", "应为18位")]
    [InlineData("91330106MI2B3C4D5X", "不允许的字符")] // I is not in the alphabet
    [InlineData("91330106MO2B3C4D5X", "不允许的字符")] // O neither
    [InlineData("91A30106MA2B3C4D5X", "行政区划码")]
    public void Form_errors_are_named(string code, string expected)
    {
        var message = Assert.Single(UnifiedSocialCreditCode.Check(code, "代码"));
        Assert.Contains(expected, message);
    }

    [Fact]
    public void Lower_case_is_accepted()
    {
        Assert.True(UnifiedSocialCreditCode.IsValid(Samples.CompanyCode.ToLowerInvariant()));
    }
}
