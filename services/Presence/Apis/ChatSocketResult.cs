using System.Reflection;
using ChatPlatform.Presence.Application.Connections;
using Microsoft.AspNetCore.Http.Metadata;

namespace ChatPlatform.Presence.Apis;

/// <summary>An accepted handshake: upgrades the request to a WebSocket and runs it until it closes (101 in OpenAPI).</summary>
public sealed class ChatSocketResult(SocketRequest request, IReadOnlyList<Guid> sessionIds) : IResult, IEndpointMetadataProvider, IStatusCodeHttpResult
{
    public int? StatusCode => StatusCodes.Status101SwitchingProtocols;

    public SocketRequest Request => request;

    public Task ExecuteAsync(HttpContext httpContext) =>
        httpContext.RequestServices.GetRequiredService<ChatSocketHost>().RunAsync(httpContext, request, sessionIds);

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status101SwitchingProtocols, typeof(void)));
}
