using Bunit;
using Microsoft.AspNetCore.Components;
using Reconsideration.Host.Features.Staff.Components;
using Reconsideration.Host.Features.Staff.Services;

namespace Reconsideration.Host.Tests.Features.Staff;

public sealed class SignInFormTests : BunitContext
{
    [Fact]
    public void Submitting_empty_fields_names_each_missing_one_in_Chinese_and_does_not_sign_in()
    {
        var submitted = false;
        var form = Render<SignInForm>(p => p.Add(f => f.Input, new SignInModel()).Add(f => f.OnValidSubmit, () => submitted = true));

        form.Find("form").Submit();

        var messages = form.FindAll(".account-validation").Select(m => m.TextContent).ToList();
        Assert.Equal(["请填写用户名。", "请填写密码。"], messages);
        Assert.False(submitted);
    }

    [Fact]
    public void Filled_fields_submit_and_the_fields_are_labelled()
    {
        var submitted = false;
        var form = Render<SignInForm>(p => p.Add(f => f.Input, new SignInModel { UserName = "handler", Password = "x" })
            .Add(f => f.OnValidSubmit, () => submitted = true));

        form.Find("form").Submit();

        Assert.True(submitted);
        Assert.Equal("用户名", form.Find("label[for=username]").TextContent);
        Assert.Equal("密码", form.Find("label[for=password]").TextContent);
        Assert.Empty(form.FindAll("[role=alert]"));
    }

    [Fact]
    public void A_refusal_is_shown_as_an_alert()
    {
        var form = Render<SignInForm>(p => p.Add(f => f.Input, new SignInModel()).Add(f => f.Error, "用户名或密码不正确。"));
        Assert.Equal("用户名或密码不正确。", form.Find("[role=alert]").TextContent);
    }
}
