using System.Security.Claims;
using ChatPlatform.Identity.Apis.Dtos;
using ChatPlatform.Identity.Rules;
using ChatPlatform.ServiceDefaults.Auth;
using ChatPlatform.ServiceDefaults.Paging;
using ChatPlatform.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ChatPlatform.Identity.Apis;

public static class UserDirectoryApi
{
    public const string RateLimitPolicy = "user-search";

    public static IEndpointRouteBuilder MapUserDirectoryApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/users").WithTags("Users").RequireAuthorization()
            .MapGet("", SearchUsersAsync)
            .RequireRateLimiting(RateLimitPolicy)
            .WithName("SearchUsers")
            .WithSummary("Find people to talk to by the start of their name (or of a word in it) or by their whole email address; id and display name only")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        return app;
    }

    public static async Task<Results<Ok<Page<UserSummaryResponse>>, ValidationProblem>> SearchUsersAsync(
        string? q,
        int? limit,
        ClaimsPrincipal caller,
        [AsParameters] UsersServices services,
        CancellationToken cancellationToken)
    {
        if (!UserSearchQuery.TryParse(q, limit, out var query, out var errors))
        {
            return Problem.Validation(errors);
        }
        var me = caller.UserId();
        var users = services.Db.Users.AsNoTracking().Where(u => u.Id != me);
        if (query!.IsEmail)
        {
            users = users.Where(u => u.NormalizedEmail == query.Text);
        }
        else
        {
            var (start, wordStart) = query.NamePatterns();
            users = users.Where(u => EF.Functions.ILike(u.DisplayName, start, @"\") || EF.Functions.ILike(u.DisplayName, wordStart, @"\"));
        }
        var found = await users
            .OrderBy(u => u.DisplayName).ThenBy(u => u.Id)
            .Take(query.Limit)
            .ToListAsync(cancellationToken);
        var isAdmin = caller.IsAdmin();
        var items = found.Select(u => new UserSummaryResponse(u.Id, u.DisplayName, isAdmin ? u.Roles : null)).ToList();
        return TypedResults.Ok(new Page<UserSummaryResponse>(items, null));
    }
}
