using System.Security.Claims;
using ChatPlatform.Sessions.Application;
using ChatPlatform.Sessions.Apis.Dtos;
using ChatPlatform.Sessions.Infrastructure;
using ChatPlatform.Sessions.Model;
using ChatPlatform.ServiceDefaults.Auth;
using ChatPlatform.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChatPlatform.Sessions.Apis;

/// <summary>The caller's notification preferences, which the session list's unread and mention counts follow.</summary>
public static class NotificationPreferencesApi
{
    public static RouteGroupBuilder MapNotificationPreferencesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/chat/notification-preferences").WithTags("Sessions").RequireAuthorization();

        api.MapGet("", Get).WithName("GetNotificationPreferences").WithSummary("The caller's notification preferences (defaults until saved)");
        api.MapPut("", Put).WithName("PutNotificationPreferences")
            .WithSummary("Replace the caller's notification preferences; a field left out keeps its value");

        return api;
    }

    public static async Task<Ok<NotificationPreferencesResponse>> Get(
        ClaimsPrincipal user, [AsParameters] SessionServices services, CancellationToken cancellationToken)
    {
        var me = user.UserId();
        var preferences = await services.Db.FindPreferencesAsync(me, cancellationToken) ?? NotificationPreferences.Default(me);
        return TypedResults.Ok(NotificationPreferencesResponse.From(preferences));
    }

    public static async Task<Results<Ok<NotificationPreferencesResponse>, ValidationProblem>> Put(
        NotificationPreferencesRequest request, ClaimsPrincipal user, [AsParameters] SessionServices services, CancellationToken cancellationToken)
    {
        if (request.MutedSessionIds is { } muted && (muted.Count > NotificationPreferences.MaxMutedSessions || muted.Contains(Guid.Empty)))
        {
            return Problem.Validation("muted_session_ids", $"At most {NotificationPreferences.MaxMutedSessions} session ids.");
        }
        var me = user.UserId();
        var preferences = await services.Db.FindPreferencesAsync(me, cancellationToken) ?? NotificationPreferences.Default(me);
        preferences.MutedSessionIds = request.MutedSessionIds?.Distinct().ToList() ?? preferences.MutedSessionIds;
        preferences.MentionsOnly = request.MentionsOnly ?? preferences.MentionsOnly;
        preferences.NotifyMentionsInMuted = request.NotifyMentionsInMuted ?? preferences.NotifyMentionsInMuted;
        preferences.UpdatedAt = services.Now;
        await services.Db.SavePreferencesAsync(preferences, cancellationToken);
        return TypedResults.Ok(NotificationPreferencesResponse.From(preferences));
    }
}
