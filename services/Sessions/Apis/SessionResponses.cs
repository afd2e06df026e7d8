using ChatPlatform.ServiceDefaults.Auth;
using ChatPlatform.Sessions.Application;
using ChatPlatform.Sessions.Apis.Dtos;
using ChatPlatform.Sessions.Infrastructure;
using ChatPlatform.Sessions.Model;

namespace ChatPlatform.Sessions.Apis;

/// <summary>
/// Turns sessions into responses, with unread and mention counts and last messages fetched from Messages in one call
/// and the caller's notification preferences applied to the counts.
/// </summary>
public static class SessionResponses
{
    public static async Task<IReadOnlyList<SessionResponse>> ToResponsesAsync(
        this SessionServices services, IReadOnlyList<ChatSession> sessions, HttpContext http, CancellationToken cancellationToken)
    {
        var summaries = await services.Summaries.GetAsync(sessions.Select(s => s.Id).ToList(), http.Request.Headers.Authorization, cancellationToken);
        var preferences = await services.Db.FindPreferencesAsync(http.User.UserId(), cancellationToken);
        return sessions.Select(s => SessionResponse.From(s, summaries.GetValueOrDefault(s.Id), preferences)).ToList();
    }

    public static async Task<SessionResponse> ToResponseAsync(
        this SessionServices services, ChatSession session, HttpContext http, CancellationToken cancellationToken) =>
        (await services.ToResponsesAsync([session], http, cancellationToken))[0];
}
