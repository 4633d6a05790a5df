using System.ComponentModel.DataAnnotations;

namespace Reconsideration.Host.Features.Staff.Services;

/// <summary>The sign-in form.</summary>
public sealed class SignInModel
{
    /// <summary>用户名.</summary>
    [Required(ErrorMessage = "请填写用户名。")]
    public string? UserName { get; set; }

    /// <summary>密码.</summary>
    [Required(ErrorMessage = "请填写密码。")]
    public string? Password { get; set; }
}
