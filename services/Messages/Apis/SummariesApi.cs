using System.Security.Claims;
using System.Text.Json;
using ChatPlatform.Contracts;
using ChatPlatform.Contracts.Internal;
using ChatPlatform.Messages.Application.Reactions;
using ChatPlatform.Messages.Application.Summaries;
using ChatPlatform.ServiceDefaults;
using ChatPlatform.ServiceDefaults.Auth;
using ChatPlatform.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ChatPlatform.Messages.Apis;

/// <summary>
/// For Sessions' list endpoint (not routed by the gateway, not in the public document): unread count and last
/// message per session (and unread_mention_count), for the sessions the caller (whose token Sessions forwards) participates in.
/// </summary>
public static class SummariesApi
{
    public const int MaxSessions = 500;

    public static RouteGroupBuilder MapSummariesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/internal/sessions").RequireAuthorization().ExcludeFromDescription();

        api.MapGet("/summaries", GetSummaries).WithName("GetSessionSummaries");

        return api;
    }

    public static async Task<Results<Ok<Dictionary<string, SessionSummaryResponse>>, ValidationProblem>> GetSummaries(
        [FromQuery(Name = "session_ids")] string? sessionIds,
        ClaimsPrincipal user,
        SummaryReader summaries,
        ReactionReader reactionReader,
        CancellationToken cancellationToken)
    {
        var ids = new HashSet<Guid>();
        foreach (var part in (sessionIds ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Guid.TryParse(part, out var id))
            {
                return Problem.Validation("session_ids", $"'{part}' is not a session id.");
            }
            ids.Add(id);
        }
        if (ids.Count > MaxSessions)
        {
            return Problem.Validation("session_ids", $"At most {MaxSessions} session ids per call.");
        }
        var found = await summaries.ReadAsync(user.UserId(), ids, cancellationToken);
        var reactions = await reactionReader.CountsAsync(found.Values.Select(s => s.LastMessage?.Id).OfType<Guid>().ToList(), cancellationToken);
        return TypedResults.Ok(found.ToDictionary(
            s => s.Key.ToString(),
            s => new SessionSummaryResponse(
                (int)s.Value.UnreadCount,
                s.Value.LastMessage is { } last
                    ? JsonSerializer.SerializeToElement(MessageResponse.From(last, reactions.GetValueOrDefault(last.Id)), ChatJson.Options)
                    : null,
                (int)s.Value.UnreadMentionCount)));
    }
}
