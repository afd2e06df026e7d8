using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace ChatPlatform.Sessions.Infrastructure.Peers;

/// <summary>
/// Summaries only decorate a list, so instead of the default retries (which make a list wait seconds when Messages
/// is down) one attempt is made within a short timeout, and a circuit breaker skips Messages for a while after failures.
/// </summary>
internal static class MessageSummariesResilience
{
    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, ResilienceHandlerContext context)
    {
        var options = context.ServiceProvider.GetRequiredService<IOptions<MessagesClientOptions>>().Value;
        pipeline
            .AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
            {
                // Three failed calls within 30 s (a hung Messages costs one timeout each) skip Messages for 10 s.
                FailureRatio = 0.5,
                MinimumThroughput = 3,
                SamplingDuration = TimeSpan.FromSeconds(30),
                BreakDuration = TimeSpan.FromSeconds(10),
            })
            .AddTimeout(options.SummaryTimeout);
    }
}
