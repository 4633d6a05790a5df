using System.ComponentModel.DataAnnotations;

namespace Reconsideration.Host.Features.Staff.Services;

/// <summary>The password change form.</summary>
public sealed class ChangePasswordModel
{
    /// <summary>原密码.</summary>
    [Required(ErrorMessage = "请填写原密码。")]
    public string? OldPassword { get; set; }

    /// <summary>新密码; Identity's rules (length, character classes) are checked on submit, in Chinese.</summary>
    [Required(ErrorMessage = "请填写新密码。")]
    [StringLength(100, MinimumLength = 8, ErrorMessage = "新密码至少8位。")]
    public string? NewPassword { get; set; }

    /// <summary>确认新密码.</summary>
    [Required(ErrorMessage = "请再次填写新密码。")]
    [Compare(nameof(NewPassword), ErrorMessage = "两次填写的新密码不一致。")]
    public string? ConfirmPassword { get; set; }
}
