using ChatPlatform.Presence.Infrastructure;
using ChatPlatform.ServiceDefaults.Auth;
using ChatPlatform.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using StackExchange.Redis;

namespace ChatPlatform.Presence.Apis;

public static class PresenceApi
{
    public const int MaxUserIds = 200;

    public static RouteGroupBuilder MapPresenceApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/chat").WithTags("Presence").RequireAuthorization();

        api.MapGet("/presence", GetPresence)
            .WithName("GetPresence")
            .WithSummary("Online status and last_seen of up to 200 users (user_ids=a,b)")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        api.MapGet("/ws-stats", GetWsStats)
            .WithName("GetWsStats")
            .WithSummary("Connections, users online and messages in/out, in total and per presence replica (admins)")
            .RequireAuthorization(AuthenticationExtensions.AdminPolicy)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        return api;
    }

    public static async Task<Results<Ok<Dictionary<string, UserPresence>>, ValidationProblem, ProblemHttpResult>> GetPresence(
        [FromQuery(Name = "user_ids")] string[]? userIds,
        [AsParameters] PresenceServices services)
    {
        if (!TryParseUserIds(userIds, out var ids, out var error))
        {
            return Problem.Validation("user_ids", error);
        }
        try
        {
            var presence = await services.Presence.GetAsync(ids);
            return TypedResults.Ok(presence.ToDictionary(pair => pair.Key.ToString(), pair => pair.Value));
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            return StoreUnavailable();
        }
    }

    public static async Task<Results<Ok<WsStatsResponse>, ProblemHttpResult>> GetWsStats([AsParameters] PresenceServices services)
    {
        try
        {
            return TypedResults.Ok(await services.Stats.ReadAsync());
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            return StoreUnavailable();
        }
    }

    /// <summary>user_ids as one comma-separated value or repeated; 1 to 200 UUIDs, duplicates folded.</summary>
    public static bool TryParseUserIds(string[]? values, out List<Guid> ids, out string error)
    {
        ids = [];
        error = string.Empty;
        var parts = (values ?? []).SelectMany(value => value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        if (parts.Count == 0)
        {
            error = "user_ids is required: one or more user ids separated by commas.";
            return false;
        }
        foreach (var part in parts)
        {
            if (!Guid.TryParse(part, out var id))
            {
                error = $"'{(part.Length > 40 ? part[..40] : part)}' is not a user id (UUID).";
                return false;
            }
            if (!ids.Contains(id))
            {
                ids.Add(id);
            }
        }
        if (ids.Count > MaxUserIds)
        {
            error = $"At most {MaxUserIds} user ids per request.";
            return false;
        }
        return true;
    }

    private static ProblemHttpResult StoreUnavailable() =>
        Problem.Of(StatusCodes.Status503ServiceUnavailable, ErrorCodes.ServiceUnavailable, "Presence cannot reach its store; try again shortly.");
}
