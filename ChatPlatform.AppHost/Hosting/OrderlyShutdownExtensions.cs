using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatPlatform.AppHost.Hosting;

internal static class OrderlyShutdownExtensions
{
    // Aspire sets it for projects; with it, OpenTelemetry's shutdown waits out its 5 s timeout
    // (measured: a service exits 5.1 s after SIGTERM with it, 0.1 s without).
    private const string OtlpRetryVariable = "OTEL_DOTNET_EXPERIMENTAL_OTLP_RETRY";

    /// <summary>
    /// On shutdown, projects stop first (<see cref="ProjectsFirstShutdown"/>) and quickly, then the
    /// infrastructure; until then, a resource that ends by itself is started again (<see cref="CrashRestarter"/>).
    /// Registered once however many infrastructure resources ask for it.
    /// </summary>
    public static void UseOrderlyShutdown(this IDistributedApplicationBuilder builder)
    {
        if (!builder.ExecutionContext.IsRunMode || builder.Services.Any(service => service.ImplementationType == typeof(ProjectsFirstShutdown)))
        {
            return;
        }

        builder.Services.AddHostedService<ProjectsFirstShutdown>();
        builder.Services.AddHostedService<CrashRestarter>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Eventing.Subscribe<BeforeStartEvent>((e, _) =>
        {
            foreach (var project in e.Model.Resources.OfType<ProjectResource>())
            {
                project.Annotations.Add(new EnvironmentCallbackAnnotation(context => context.EnvironmentVariables.Remove(OtlpRetryVariable)));
            }

            return Task.CompletedTask;
        });
    }
}
