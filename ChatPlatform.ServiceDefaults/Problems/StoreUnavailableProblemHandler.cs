using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Npgsql;
using Polly;
using StackExchange.Redis;

namespace ChatPlatform.ServiceDefaults.Problems;

/// <summary>
/// A request that fails because a store or peer cannot be reached (PostgreSQL restarting or down, its connections cut by a
/// crash, Redis unreachable) is a 503 <c>service_unavailable</c> problem with <c>Retry-After</c>: the client retries
/// with the same <c>client_message_id</c> and the message is stored once. Without this it was a 500
/// <c>internal_error</c>, a code SPEC.md does not list (seen by the fault harness, docs/reliability.md).
/// </summary>
public sealed partial class StoreUnavailableProblemHandler(IProblemDetailsService problems, ILogger<StoreUnavailableProblemHandler> logger)
    : IExceptionHandler
{
    public const int RetryAfterSeconds = 2;

    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (!IsStoreUnavailable(exception) || context.Response.HasStarted)
        {
            return false;
        }
        LogStoreUnavailable(logger, exception.GetBaseException().Message);
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails =
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "Service Unavailable",
                Detail = "A store this service needs cannot be reached right now; retry shortly (with the same client_message_id for a send).",
                Extensions = { ["code"] = ErrorCodes.ServiceUnavailable },
            },
        });
    }

    /// <summary>
    /// Transient Npgsql failures (refused or broken connections, "the database system is starting up", admin
    /// shutdown), Redis connection failures, and sockets refused, anywhere in the chain (EF Core wraps them).
    /// A PostgreSQL error such as a constraint violation is not transient and stays a 500. A peer service that cannot
    /// answer counts too: a call refused by the resilience pipeline (its circuit open after a run of 503s, its time
    /// limit spent) or failing without a response or with a 5xx.
    /// </summary>
    public static bool IsStoreUnavailable(Exception exception)
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            if (current is NpgsqlException { IsTransient: true } or RedisConnectionException or SocketException
                or ExecutionRejectedException or HttpRequestException { StatusCode: null or >= HttpStatusCode.InternalServerError })
            {
                return true;
            }
        }
        return false;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A store is unavailable; answered 503: {Reason}")]
    private static partial void LogStoreUnavailable(ILogger logger, string reason);
}
