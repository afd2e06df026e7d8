using ChatPlatform.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.IdentityModel.Tokens;

namespace ChatPlatform.ServiceDefaults.Auth;

public static class AuthenticationExtensions
{
    public const string AdminPolicy = "admin";
    public const string AgentPolicy = "agent";

    /// <summary>
    /// JWT bearer validation against Identity's published keys (RS256 only), the token also accepted as
    /// <c>?token=</c> on WebSocket handshakes (<see cref="AccessTokenQuery"/>), and 401/403 answered as problem+json,
    /// a 401 with its <c>WWW-Authenticate</c> challenge (<see cref="BearerChallenge"/>). Part of
    /// <c>AddServiceDefaults</c>; a second call adds nothing (Messages and Presence still make one, issue 15).
    /// </summary>
    public static IHostApplicationBuilder AddChatAuthentication(this IHostApplicationBuilder builder)
    {
        if (builder.Services.Any(service => service.ServiceType == typeof(ChatAuthenticationMarker)))
        {
            return builder;
        }
        builder.Services.AddSingleton<ChatAuthenticationMarker>();
        var settings = builder.Configuration.GetSection(JwtOptions.SectionName).Get<JwtOptions>() ?? new JwtOptions();
        builder.Services.AddHttpClient(JwtBearerDefaults.AuthenticationScheme);
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(options =>
            {
                options.MapInboundClaims = false;
                options.RequireHttpsMetadata = false;
                options.MetadataAddress = settings.MetadataAddress;
                options.RefreshOnIssuerKeyNotFound = true;
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = settings.Issuer,
                    ValidAudience = settings.Audience,
                    ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
                    NameClaimType = ChatClaims.Subject,
                    RoleClaimType = ChatClaims.Role,
                    ClockSkew = TimeSpan.FromSeconds(5),
                };
                options.Events = new JwtBearerEvents
                {
                    OnMessageReceived = ReadTokenFromQuery,
                    OnChallenge = WriteUnauthorizedProblem,
                    OnForbidden = context => WriteProblem(context.HttpContext, StatusCodes.Status403Forbidden,
                        ErrorCodes.Forbidden, "You are not allowed to do this."),
                };
            });
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IHttpClientFactory>((options, factory) =>
                options.Backchannel = factory.CreateClient(JwtBearerDefaults.AuthenticationScheme));

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<AccessTokenValidator>();
        builder.Services.AddOptions<InternalApiOptions>().BindConfiguration(InternalApiOptions.SectionName);

        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(AdminPolicy, policy => policy.RequireRole(ChatRoles.Admin))
            .AddPolicy(AgentPolicy, policy => policy.RequireRole(ChatRoles.Agent, ChatRoles.Admin));
        return builder;
    }

    private sealed class ChatAuthenticationMarker;

    private static Task ReadTokenFromQuery(MessageReceivedContext context)
    {
        if (string.IsNullOrEmpty(context.Token) && AccessTokenQuery.IsAllowed(context.Request.Path)
            && context.Request.Query.TryGetValue(AccessTokenQuery.Name, out var token))
        {
            context.Token = token.ToString();
        }
        return Task.CompletedTask;
    }

    private static Task WriteUnauthorizedProblem(JwtBearerChallengeContext context)
    {
        context.HandleResponse();
        var request = context.Request;
        var detail = context.AuthenticateFailure switch
        {
            SecurityTokenExpiredException => "The access token has expired.",
            not null => "The access token is invalid.",
            _ when request.Query.ContainsKey(AccessTokenQuery.Name) && !AccessTokenQuery.IsAllowed(request.Path) =>
                "An access token is required in the Authorization header; ?token= is accepted on WebSocket handshakes only.",
            _ => "An access token is required.",
        };
        context.Response.Headers.WWWAuthenticate = BearerChallenge.For(context.AuthenticateFailure is not null, detail);
        return WriteProblem(context.HttpContext, StatusCodes.Status401Unauthorized, ErrorCodes.Unauthorized, detail);
    }

    private static async Task WriteProblem(HttpContext context, int status, string code, string detail)
    {
        context.Response.StatusCode = status;
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = status, Title = ReasonPhrases.GetReasonPhrase(status), Detail = detail, Extensions = { ["code"] = code } },
        });
    }
}
