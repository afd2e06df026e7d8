using Microsoft.Extensions.Configuration;
using OpenTelemetry.Trace;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// Which traces are recorded: <c>Telemetry:TraceSampleRatio</c> (0 to 1) of the traces that start here, and every
/// trace a caller already sampled, so a trace is whole or absent. Unset, every trace is recorded (what Aspire's
/// always_on asks for a local run). A chat message is several spans in four processes; recording every one costs more
/// CPU than delivering it, so a busy deployment records a fraction. Either way housekeeping is never recorded: see
/// <see cref="HousekeepingSampler"/>.
/// </summary>
public static class TraceSampling
{
    public const string RatioKey = "Telemetry:TraceSampleRatio";

    public static TracerProviderBuilder SetTraceSampling(this TracerProviderBuilder tracing, IConfiguration configuration)
    {
        Sampler roots = configuration.GetValue<double?>(RatioKey) is { } ratio
            ? new TraceIdRatioBasedSampler(Math.Clamp(ratio, 0, 1))
            : new AlwaysOnSampler();
        return tracing.SetSampler(new HousekeepingSampler(new ParentBasedSampler(roots)));
    }
}
