using ChatPlatform.ServiceDefaults.Problems;
using Yarp.ReverseProxy.Forwarder;

namespace ChatPlatform.Gateway.Middleware;

/// <summary>What a YARP forwarding error means to the client.</summary>
public sealed record ProxyFailure(int Status, string Code, string Detail)
{
    /// <summary>The answer for a failed forward to <paramref name="service"/>, or null when the client is gone.</summary>
    public static ProxyFailure? Classify(ForwarderError error, Exception? exception, string service)
    {
        if (FindBadRequest(exception) is { } badRequest)
        {
            return badRequest.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? new(StatusCodes.Status413PayloadTooLarge, ErrorCodes.PayloadTooLarge, "The request body is larger than this endpoint accepts.")
                : UnreadableBody;
        }

        return error switch
        {
            ForwarderError.Request or ForwarderError.RequestCreation or ForwarderError.NoAvailableDestinations
                or ForwarderError.RequestBodyDestination or ForwarderError.ResponseHeaders =>
                new(StatusCodes.Status503ServiceUnavailable, ErrorCodes.ServiceUnavailable,
                    $"The {service} service is not available right now. Try again later."),
            ForwarderError.RequestTimedOut =>
                new(StatusCodes.Status504GatewayTimeout, ErrorCodes.ServiceUnavailable, $"The {service} service did not answer in time."),
            ForwarderError.RequestBodyClient => UnreadableBody,
            _ => null,
        };
    }

    private static ProxyFailure UnreadableBody =>
        new(StatusCodes.Status400BadRequest, ErrorCodes.ValidationFailed, "The request body could not be read.");

    private static BadHttpRequestException? FindBadRequest(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is BadHttpRequestException badRequest)
            {
                return badRequest;
            }
        }
        return null;
    }
}
