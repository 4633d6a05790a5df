using Reconsideration.Host.Features.Cases.Domain;
using Reconsideration.Host.Features.Cases.Domain.Validation;

namespace Reconsideration.Host.Tests.Features.Cases.Domain.Validation;

public sealed class ResidentIdNumberTests
{
    [Theory]
    [InlineData("11010519491231002")] // the standard's own example body, check character X
    [InlineData("33010619850615003")]
    [InlineData("44030120000229123")] // 29 February of a leap year
    [InlineData("51010219700101000")]
    public void A_number_with_the_computed_check_character_is_valid(string body)
    {
        var number = CheckDigits.IdNumber(body);

        Assert.True(ResidentIdNumber.IsValid(number), number);
        Assert.Equal(number[17], ResidentIdNumber.CheckCharacter(body));
    }

    [Fact]
    public void The_standard_example_ends_in_X_and_a_lowercase_x_is_accepted()
    {
        Assert.Equal("11010519491231002X", CheckDigits.IdNumber("11010519491231002"));
        Assert.True(ResidentIdNumber.IsValid("11010519491231002x"));
    }

    [Theory]
    [InlineData("33010619850615003")]
    [InlineData("11010519491231002")]
    public void Every_other_check_character_is_refused_with_the_right_one_named(string body)
    {
        var valid = CheckDigits.IdNumber(body);
        foreach (var wrong in "0123456789X".Where(c => c != valid[17]))
        {
            var problems = ResidentIdNumber.Check(body + wrong, "申请人的公民身份号码", out _, out _);

            var message = Assert.Single(problems);
            Assert.Contains("校验码错误", message);
            Assert.Contains($"应为{valid[17]}", message);
            Assert.Contains("申请人的公民身份号码", message);
        }
    }

    [Theory]
    [InlineData("3301061985061500", "应为18位")]
    [InlineData("33010619850615003XX", "应为18位")]
    [InlineData("3301061985061500A3", "只能由数字组成")]
    [InlineData("X30106198506150037", "只能由数字组成")]
    public void Length_and_characters_are_checked_first(string number, string expected)
    {
        var message = Assert.Single(ResidentIdNumber.Check(number, "号码", out _, out _));
        Assert.Contains(expected, message);
    }

    [Theory]
    [InlineData("33010619850230003")] // 30 February
    [InlineData("33010619851315003")] // month 13
    [InlineData("33010618991231003")] // before 1900
    [InlineData("33010620230229003")] // 29 February of a common year
    public void An_impossible_birth_date_is_refused_even_with_a_correct_check_character(string body)
    {
        var problems = ResidentIdNumber.Check(CheckDigits.IdNumber(body), "号码", out _, out _);

        Assert.Contains(problems, p => p.Contains("出生日期", StringComparison.Ordinal));
    }

    [Fact]
    public void Birth_date_and_sex_are_read_from_the_number()
    {
        Assert.Empty(ResidentIdNumber.Check(Samples.ZhangSanId, "号码", out var birth, out var sex));
        Assert.Equal(new DateOnly(1985, 6, 15), birth);
        Assert.Equal(Sex.Male, sex);

        Assert.Empty(ResidentIdNumber.Check(Samples.LiSiId, "号码", out birth, out sex));
        Assert.Equal(new DateOnly(1992, 2, 29), birth);
        Assert.Equal(Sex.Female, sex);
    }
}
