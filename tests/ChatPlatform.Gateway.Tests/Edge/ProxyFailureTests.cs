using ChatPlatform.Gateway.Middleware;
using Microsoft.AspNetCore.Http;
using Yarp.ReverseProxy.Forwarder;

namespace ChatPlatform.Gateway.Tests.Edge;

public sealed class ProxyFailureTests
{
    [Theory]
    [InlineData(ForwarderError.Request, 503)]
    [InlineData(ForwarderError.RequestCreation, 503)]
    [InlineData(ForwarderError.NoAvailableDestinations, 503)]
    [InlineData(ForwarderError.RequestTimedOut, 504)]
    [InlineData(ForwarderError.RequestBodyClient, 400)]
    public void Forwarding_errors_map_to_statuses(ForwarderError error, int status)
    {
        var failure = ProxyFailure.Classify(error, new HttpRequestException("boom"), "sessions");

        Assert.Equal(status, failure?.Status);
    }

    [Fact]
    public void A_body_cut_off_by_kestrel_at_the_limit_is_413()
    {
        var exception = new AggregateException(new BadHttpRequestException("too large", StatusCodes.Status413PayloadTooLarge));

        var failure = ProxyFailure.Classify(ForwarderError.RequestBodyClient, exception, "identity");

        Assert.Equal(("payload_too_large", 413), (failure?.Code, failure?.Status));
    }

    [Theory]
    [InlineData(ForwarderError.RequestCanceled)]
    [InlineData(ForwarderError.ResponseBodyClient)]
    [InlineData(ForwarderError.UpgradeActivityTimeout)]
    public void Errors_after_the_client_left_are_not_answered(ForwarderError error)
    {
        Assert.Null(ProxyFailure.Classify(error, null, "presence"));
    }
}
