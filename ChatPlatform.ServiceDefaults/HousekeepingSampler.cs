using System.Diagnostics;
using OpenTelemetry.Trace;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// Drops a trace that would begin with an outgoing call: a database query, a Redis command or an HTTP request that no
/// request, message or job of ours started. Those are a process's housekeeping (the outbox polling for rows, the
/// replica directory's heartbeat, the gateway polling the services' health) and filled the dashboard with thousands
/// of one-span traces an idle minute. A call made while handling something stays in that something's trace.
/// </summary>
public sealed class HousekeepingSampler(Sampler inner) : Sampler
{
    public override SamplingResult ShouldSample(in SamplingParameters samplingParameters) =>
        samplingParameters.Kind == ActivityKind.Client && samplingParameters.ParentContext.TraceId == default
            ? new SamplingResult(SamplingDecision.Drop)
            : inner.ShouldSample(samplingParameters);
}
