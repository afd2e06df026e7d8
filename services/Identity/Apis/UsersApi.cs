using System.Security.Claims;
using ChatPlatform.Contracts;
using ChatPlatform.Identity.Apis.Dtos;
using ChatPlatform.Identity.Application;
using ChatPlatform.Identity.Rules;
using ChatPlatform.ServiceDefaults.Auth;
using ChatPlatform.ServiceDefaults.Outbox;
using ChatPlatform.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ChatPlatform.Identity.Apis;

public static class UsersApi
{
    public static IEndpointRouteBuilder MapUsersApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/auth").WithTags("Auth").RequireAuthorization();

        api.MapGet("/me", GetMeAsync)
            .WithName("GetMe")
            .WithSummary("The signed-in account")
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        api.MapGet("/users/{id:guid}", GetUserAsync)
            .WithName("GetUser")
            .WithSummary("An account's public profile; the email only for the account itself, agents and admins")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPut("/users/{id:guid}/roles", UpdateRolesAsync)
            .RequireAuthorization(AuthenticationExtensions.AdminPolicy)
            .WithName("UpdateUserRoles")
            .WithSummary("Replace an account's roles (admin)")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    public static async Task<Results<Ok<UserResponse>, ProblemHttpResult>> GetMeAsync(
        ClaimsPrincipal caller,
        [AsParameters] UsersServices services,
        CancellationToken cancellationToken)
    {
        var userId = caller.UserId();
        var user = await services.Db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
        return user is null
            ? Problem.Unauthorized("The account of this access token no longer exists.")
            : TypedResults.Ok(UserResponse.From(user));
    }

    public static async Task<Results<Ok<UserProfileResponse>, ProblemHttpResult>> GetUserAsync(
        Guid id,
        ClaimsPrincipal caller,
        [AsParameters] UsersServices services,
        CancellationToken cancellationToken)
    {
        var user = await services.Db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, cancellationToken);
        if (user is null)
        {
            return Problem.NotFound("The user does not exist.");
        }
        var mayReadEmail = caller.UserId() == id || caller.IsAgent();
        return TypedResults.Ok(new UserProfileResponse(user.Id, user.DisplayName, mayReadEmail ? user.Email : null));
    }

    public static async Task<Results<Ok<UserResponse>, ValidationProblem, ProblemHttpResult>> UpdateRolesAsync(
        Guid id,
        UpdateRolesRequest request,
        ClaimsPrincipal caller,
        [AsParameters] UsersServices services,
        CancellationToken cancellationToken)
    {
        if (!RoleRules.TryNormalize(request.Roles, out var roles, out var error))
        {
            return Problem.Validation("roles", error!);
        }
        var user = await services.Db.Users.SingleOrDefaultAsync(u => u.Id == id, cancellationToken);
        if (user is null)
        {
            return Problem.NotFound("The user does not exist.");
        }
        if (!user.Roles.SequenceEqual(roles))
        {
            using var activity = IdentityTracing.Source.StartActivity("change roles");
            activity?.SetTag("chat.user_id", user.Id);
            user.Roles = roles;
            services.Db.AddOutboxMessage(new UserRolesChanged(user.Id, [.. roles], caller.UserId(), services.Time.GetUtcNow()));
            await services.Db.SaveChangesAsync(cancellationToken);
        }
        return TypedResults.Ok(UserResponse.From(user));
    }
}
