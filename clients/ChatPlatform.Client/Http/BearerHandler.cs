using System.Net.Http.Headers;
using ChatPlatform.Client.Auth;

namespace ChatPlatform.Client.Http;

/// <summary>Attaches the user's access token (refreshed first when it is about to expire) to every request that has none.</summary>
public sealed class BearerHandler(Func<ChatCredentials?> credentials, HttpMessageHandler inner) : DelegatingHandler(inner)
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Headers.Authorization is null && credentials() is { } current)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await current.GetAccessTokenAsync(cancellationToken));
        }
        return await base.SendAsync(request, cancellationToken);
    }
}
