using Microsoft.AspNetCore.Authorization;

namespace Reconsideration.Host.Features.Api.Access;

/// <summary>Route builder shorthand: the endpoint needs one of these roles (checked before the handler runs).</summary>
internal static class RoleRequirements
{
    public static TBuilder RequireRoles<TBuilder>(this TBuilder builder, string[] roles) where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(new AuthorizeAttribute { Roles = string.Join(',', roles) });
}
