using Microsoft.Extensions.Configuration;
using OpenTelemetry.Trace;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// Which traces are recorded: <c>Telemetry:TraceSampleRatio</c> (0 to 1) of the traces that start here, and every
/// trace a caller already sampled, so a trace is whole or absent. Unset, the SDK's own choice stands (Aspire sets
/// always_on for a local run). A chat message is several spans in four processes; recording every one costs more
/// CPU than delivering it, so a busy deployment records a fraction.
/// </summary>
public static class TraceSampling
{
    public const string RatioKey = "Telemetry:TraceSampleRatio";

    public static TracerProviderBuilder SetTraceSampling(this TracerProviderBuilder tracing, IConfiguration configuration)
    {
        if (configuration.GetValue<double?>(RatioKey) is not { } ratio)
        {
            return tracing;
        }
        return tracing.SetSampler(new ParentBasedSampler(new TraceIdRatioBasedSampler(Math.Clamp(ratio, 0, 1))));
    }
}
