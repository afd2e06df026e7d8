using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ChatPlatform.ServiceDefaults.Auth;

/// <summary>Endpoints that only other services may call, and the clients that call them (<see cref="InternalApiOptions"/>).</summary>
public static class InternalApiExtensions
{
    /// <summary>No user token; the internal API key instead.</summary>
    public static RouteGroupBuilder RequireInternalApiKey(this RouteGroupBuilder group)
    {
        group.AllowAnonymous().AddEndpointFilter<InternalApiKeyFilter>();
        return group;
    }

    public static IHttpClientBuilder AddInternalApiKey(this IHttpClientBuilder client)
    {
        client.Services.AddTransient<InternalApiKeyHandler>();
        return client.AddHttpMessageHandler<InternalApiKeyHandler>();
    }
}
