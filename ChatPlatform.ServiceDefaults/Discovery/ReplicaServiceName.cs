using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ChatPlatform.ServiceDefaults.Discovery;

/// <summary>The name this service's replicas are found by: configured, else the resource name Aspire gives as OTEL_SERVICE_NAME.</summary>
internal sealed record ReplicaServiceName(string Value)
{
    public static ReplicaServiceName From(IOptions<ReplicaDirectoryOptions> options, IConfiguration configuration, IHostEnvironment environment) =>
        new(options.Value.ServiceName ?? configuration["OTEL_SERVICE_NAME"] ?? environment.ApplicationName);
}
