using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Reconsideration.Host.Features.Api.Problems;

namespace Reconsideration.Host.Features.Identity;

/// <summary>
/// Bearer tokens for API clients.
/// <code>
/// POST /api/v1/auth/token     user name + password → access and refresh token (refused or locked out: 401)
/// POST /api/v1/auth/refresh   refresh token → a new access token
/// GET  /api/v1/auth/me        who the token belongs to
/// </code>
/// </summary>
internal static class AuthEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/auth").WithTags("认证");
        group.MapPost("/token", IssueAsync).AllowAnonymous()
            .WithSummary("用用户名和密码换取访问令牌").WithDescription("连续输错密码达到上限后账户锁定一段时间。");
        group.MapPost("/refresh", RefreshAsync).AllowAnonymous().WithSummary("用刷新令牌换取新的访问令牌");
        group.MapGet("/me", Me).RequireAuthorization().WithSummary("当前用户");
    }

    private static async Task<Results<SignInHttpResult, ProblemHttpResult>> IssueAsync(
        TokenRequest request, UserManager<StaffUser> users, SignInManager<StaffUser> signIn, IOptions<IdentityOptions> options)
    {
        if (string.IsNullOrWhiteSpace(request.UserName) || string.IsNullOrEmpty(request.Password))
            return ApiProblems.Of(StatusCodes.Status400BadRequest, "请填写用户名和密码。");
        var user = await users.FindByNameAsync(request.UserName.Trim());
        if (user is null) return Refused();
        var result = await signIn.CheckPasswordSignInAsync(user, request.Password, lockoutOnFailure: true);
        if (result.IsLockedOut)
            return ApiProblems.Of(StatusCodes.Status401Unauthorized,
                SignInTexts.LockedOut(options.Value.Lockout.MaxFailedAccessAttempts, await users.GetLockoutEndDateAsync(user)), "账户已锁定");

        if (!result.Succeeded) return Refused();
        return TypedResults.SignIn(await PrincipalAsync(signIn, user), authenticationScheme: IdentityConstants.BearerScheme);
    }

    private static async Task<Results<SignInHttpResult, ProblemHttpResult>> RefreshAsync(
        RefreshRequest request, SignInManager<StaffUser> signIn, TimeProvider clock, IServiceProvider services)
    {
        var ticket = string.IsNullOrEmpty(request.RefreshToken) ? null
            : IdentitySetup.BearerOptions(services).RefreshTokenProtector.Unprotect(request.RefreshToken);
        if (ticket?.Properties.ExpiresUtc is not { } expires || clock.GetUtcNow() >= expires
            || await signIn.ValidateSecurityStampAsync(ticket.Principal) is not { } user
            || await signIn.UserManager.IsLockedOutAsync(user))
            return ApiProblems.Of(StatusCodes.Status401Unauthorized, "刷新令牌无效或已过期，请重新用用户名和密码获取令牌。", "未登录");
        return TypedResults.SignIn(await PrincipalAsync(signIn, user), authenticationScheme: IdentityConstants.BearerScheme);
    }

    private static Ok<CurrentStaff> Me(ClaimsPrincipal user)
    {
        var roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList();
        return TypedResults.Ok(new CurrentStaff(user.Identity?.Name ?? "", user.FindFirstValue(HttpCaseActor.DisplayNameClaim) ?? "",
            roles, roles.Select(StaffRoles.ChineseName).ToList()));
    }

    // The name claim comes from StaffClaimsFactory, as for the cookie.
    private static Task<ClaimsPrincipal> PrincipalAsync(SignInManager<StaffUser> signIn, StaffUser user) => signIn.CreateUserPrincipalAsync(user);

    private static ProblemHttpResult Refused() =>
        ApiProblems.Of(StatusCodes.Status401Unauthorized, SignInTexts.Refused, "登录失败");
}
