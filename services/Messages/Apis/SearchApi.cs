using System.Security.Claims;
using ChatPlatform.Contracts;
using ChatPlatform.Messages.Apis.Dtos;
using ChatPlatform.Messages.Rules;
using ChatPlatform.ServiceDefaults.Auth;
using ChatPlatform.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ChatPlatform.Messages.Apis;

public static class SearchApi
{
    public static RouteGroupBuilder MapSearchApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/chat").RequireAuthorization().WithTags("Messages");

        api.MapGet("/search", Search)
            .WithName("SearchMessages")
            .WithSummary("Full-text search over the messages the caller may read, newest first")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        return api;
    }

    public static async Task<Results<Ok<MessagePage>, ValidationProblem, ProblemHttpResult>> Search(
        [FromQuery] string? q,
        [FromQuery(Name = "session_id")] string? sessionId,
        [FromQuery] string? limit,
        [FromQuery] string? cursor,
        ClaimsPrincipal user,
        HttpRequest http,
        [AsParameters] SearchServices services,
        CancellationToken cancellationToken)
    {
        var (query, errors) = SearchQuery.Parse(q, sessionId, limit, cursor);
        if (query is null)
        {
            return Problem.Validation(errors);
        }
        if (query.SessionId is { } id)
        {
            if ((await services.Access.GuardAsync(id, user, http, adminsMayRead: true, cancellationToken)).Refusal is { } refusal)
            {
                return refusal;
            }
        }
        var (items, nextCursor) = await services.Search.SearchAsync(user.UserId(), user.IsAdmin(), query, cancellationToken);
        var reactions = await services.Reactions.CountsAsync(items.Select(m => m.Id).ToList(), cancellationToken);
        return TypedResults.Ok(new MessagePage(items.Select(m => MessageResponse.From(m, reactions.GetValueOrDefault(m.Id))).ToList(), nextCursor));
    }
}
