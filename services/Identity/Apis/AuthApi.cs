using System.Net;
using ChatPlatform.Identity.Apis.Dtos;
using ChatPlatform.Identity.Application.Login;
using ChatPlatform.Identity.Application.Registration;
using ChatPlatform.Identity.Application.Tokens;
using ChatPlatform.Identity.Rules;
using ChatPlatform.ServiceDefaults.Idempotency;
using ChatPlatform.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ChatPlatform.Identity.Apis;

public static class AuthApi
{
    public static IEndpointRouteBuilder MapAuthApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/auth").WithTags("Auth");

        api.MapPost("/register", RegisterAsync)
            .WithName("Register")
            .WithSummary("Create an account (roles [\"user\"]); a retry with the same Idempotency-Key returns the first result")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        api.MapPost("/login", LoginAsync)
            .WithName("Login")
            .WithSummary("Exchange email and password for an access token and a refresh token")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        api.MapPost("/refresh", RefreshAsync)
            .WithName("Refresh")
            .WithSummary("Exchange a refresh token for new tokens; the old refresh token stops working")
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        return app;
    }

    public static async Task<Results<Created<UserResponse>, ValidationProblem, ProblemHttpResult>> RegisterAsync(
        RegisterRequest request,
        [FromHeader(Name = IdempotencyKeyHeader.Name)] string? idempotencyKey,
        HttpContext http,
        [AsParameters] AuthServices services,
        CancellationToken cancellationToken)
    {
        var errors = RegistrationRules.Validate(request.Email, request.Password, request.DisplayName);
        // A blank key is no key here (it is ignored below); only its length is refused.
        if (idempotencyKey?.Length > RegistrationRules.MaxIdempotencyKeyLength)
        {
            errors[IdempotencyKeyHeader.Name] = [$"The key must be at most {RegistrationRules.MaxIdempotencyKeyLength} characters long."];
        }
        if (errors.Count > 0)
        {
            return Problem.Validation(errors);
        }

        var key = string.IsNullOrWhiteSpace(idempotencyKey) ? null : idempotencyKey;
        var result = await services.Registrar.RegisterAsync(request, key, cancellationToken);
        switch (result.Status)
        {
            case RegistrationStatus.Created:
                return TypedResults.Created($"/api/v1/auth/users/{result.User!.Id}", result.User);
            case RegistrationStatus.Replayed:
                http.Response.Headers["Idempotent-Replayed"] = "true";
                return TypedResults.Created($"/api/v1/auth/users/{result.User!.Id}", result.User);
            case RegistrationStatus.DuplicateEmail:
                return Problem.Conflict("An account with this email address already exists.");
            default:
                return Problem.Of(StatusCodes.Status422UnprocessableEntity, ErrorCodes.ValidationFailed,
                    "This Idempotency-Key was already used with a different request.", "Idempotency key reused");
        }
    }

    public static async Task<Results<Ok<TokenResponse>, ValidationProblem, ProblemHttpResult>> LoginAsync(
        LoginRequest request,
        HttpContext http,
        [AsParameters] AuthServices services,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.Email))
        {
            errors["email"] = ["An email address is required."];
        }
        if (string.IsNullOrEmpty(request.Password))
        {
            errors["password"] = ["A password is required."];
        }
        if (errors.Count > 0)
        {
            return Problem.Validation(errors);
        }

        var result = await services.Login.LoginAsync(request.Email, request.Password, ClientAddress(http), cancellationToken);
        switch (result.Status)
        {
            case LoginStatus.Succeeded:
                return TypedResults.Ok(result.Tokens);
            case LoginStatus.Throttled:
                http.Response.Headers.RetryAfter = result.Throttle.RetryAfterSeconds.ToString();
                return Problem.Of(StatusCodes.Status429TooManyRequests, ErrorCodes.RateLimited,
                    $"Too many failed login attempts. Try again in {result.Throttle.RetryAfterSeconds} seconds.", "Too Many Requests");
            default:
                return Problem.Unauthorized("The email address or password is incorrect.");
        }
    }

    public static async Task<Results<Ok<TokenResponse>, ValidationProblem, ProblemHttpResult>> RefreshAsync(
        RefreshRequest request,
        [AsParameters] AuthServices services,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.RefreshToken))
        {
            return Problem.Validation("refresh_token", "A refresh token is required.");
        }
        var result = await services.Refresher.RefreshAsync(request.RefreshToken, cancellationToken);
        return result.Status switch
        {
            RefreshStatus.Refreshed => TypedResults.Ok(result.Tokens),
            RefreshStatus.ReuseDetected => Problem.Unauthorized("The refresh token was already used; every token issued from it has been revoked."),
            _ => Problem.Unauthorized("The refresh token is invalid, expired or revoked."),
        };
    }

    private static string? ClientAddress(HttpContext http) => http.Connection.RemoteIpAddress switch
    {
        null => null,
        { IsIPv4MappedToIPv6: true } address => address.MapToIPv4().ToString(),
        IPAddress address => address.ToString(),
    };
}
